// A worker thread starts without the TypeScript loader of the thread that made it: register it first.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { attributeText } = await import('../attribution/index.ts');
parentPort?.postMessage(workerData.map((text) => attributeText(text)));
