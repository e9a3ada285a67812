/** Word lists that tell people, organisations, places and things apart. */

/** Letters written after a name for a seat or an honour ("Jane Smith MP", "Tom Reed QC"): not part of it. */
export const POST_NOMINALS = new Set('MP MSP MS MEP MLA MPP MHA TD QC KC SC OBE MBE CBE KBE DBE'.split(' '));

/** Honorifics: they mark a name (and a gender) but are not a role. */
export const HONORIFICS: Record<string, 'm' | 'f' | null> = {
  mr: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  dr: null,
  sir: 'm',
};

/**
 * Words that head a role or title ("Kremlin spokesman", "Russian President", "Sen."); "dean" is a
 * person noun only, as a capital Dean is far more often a first name.
 */
export const ROLE_HEADS = new Set(
  `president spokesman spokeswoman spokesperson minister secretary governor gov senator sen representative rep
chief director chairman chairwoman chair leader adviser advisor counterpart official mayor ambassador commissioner
attorney judge justice general gen officer executive ceo founder professor prof analyst economist strategist editor
lawyer candidate nominee manager member head chancellor premier king queen prince pope lawmaker congressman
congresswoman sheriff commander aide scientist researcher expert activist author correspondent reporter columnist
host anchor coach owner deputy envoy negotiator prosecutor scholar physicist doctor pastor rev del lt col capt
adm sgt superintendent administrator organizer organiser consultant pollster surrogate operative staffer veteran
mother father wife husband son daughter narrator nurse teacher farmer student resident worker engineer pilot
councillor councilor alderman alderwoman trustee warden mp mla mpp reeve ombudsman ombudsperson
cpl corporal sergeant const constable insp inspector supt det detective lieutenant captain colonel admiral cmdr maj
cllr treasurer dci pcso coroner magistrate barrister solicitor headteacher headmaster headmistress
archbishop vicar rabbi imam taoiseach tánaiste tanaiste`.split(/\s+/),
);

export const FEMININE = new Set([
  'spokeswoman',
  'chairwoman',
  'congresswoman',
  'mother',
  'wife',
  'daughter',
  'queen',
  'sister',
  'aunt',
  'niece',
  'grandmother',
  'granddaughter',
  'girlfriend',
  'widow',
  'businesswoman',
  'councilwoman',
  'alderwoman',
]);
export const MASCULINE = new Set([
  'spokesman',
  'chairman',
  'congressman',
  'father',
  'husband',
  'son',
  'king',
  'prince',
  'brother',
  'uncle',
  'nephew',
  'grandfather',
  'grandson',
  'boyfriend',
  'widower',
  'businessman',
  'councilman',
  'alderman',
]);

/** Parents and grandparents, as news describes someone just named ("the father-of-two", "the grandmother"). */
export const KIN: Record<string, 'm' | 'f'> = {
  mother: 'f',
  mum: 'f',
  mom: 'f',
  grandmother: 'f',
  grandma: 'f',
  gran: 'f',
  nan: 'f',
  widow: 'f',
  father: 'm',
  dad: 'm',
  grandfather: 'm',
  grandpa: 'm',
  grandad: 'm',
  granddad: 'm',
  widower: 'm',
};

/** Heads that make a speaker an organisation ("the Kremlin", "the newspaper", "the campaign"). */
export const ORG_HEADS = new Set(
  `kremlin pentagon house times post journal news newspaper party committee department ministry agency police
campaign council court office commission fund bank university institute center centre foundation association union
network government administration company firm group board senate congress parliament embassy statement report
website magazine paper station channel team club league organization organisation army military reuters politifact
cnn ap afp bbc imf un nato fbi cia tass abc itv sbs cbc ctv rte aap nhs cps gazette tribune herald guardian chronicle programme program`.split(
    /\s+/,
  ),
);

/** Capitalised words that are never a person's name. */
export const NOT_NAMES = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december god`.split(/\s+/),
);

/** Common nouns for people who speak in news ("a supporter", "one voter", "the crowd"). */
export const PEOPLE = new Set(
  `people person man woman men women boy girl child children kid teen teenager supporter voter protester
demonstrator critic source official aide resident friend neighbour neighbor guest caller crowd audience fan
parent relative survivor victim witness customer user viewer listener reader writer commentator observer
insider donor delegate legislator colleague partner rival opponent ally advocate participant attendee
employee staff staffer volunteer citizen immigrant refugee patient investor economist historian attorney
critic defender backer opponent player athlete actor actress singer comedian artist musician journalist
republican democrat conservative liberal progressive independent candidate someone somebody anyone
everyone nobody another other one others spectator onlooker bystander shopper owner driver officer agent
soldier troop marine student worker teacher farmer nurse doctor dean principal coach pastor priest imam rabbi
bishop vicar chaplain nun monk captain sergeant constable detective lieutenant paramedic surgeon midwife pilot
chef landlord ranger mechanic pensioner toddler schoolboy schoolgirl octogenarian nonagenarian centenarian`.split(
    /\s+/,
  ),
);

/** Texts that speak for their authors ("the statement said", "the ad claims", "the memo read"). */
export const TEXTS = new Set(
  `statement report memo memorandum letter ad advert advertisement commercial email tweet post release
filing study survey poll transcript book article editorial column website site blog message note headline
sign banner placard card flyer leaflet video clip voiceover voice narrator caption complaint lawsuit suit
indictment ruling opinion order petition resolution platform manifesto bill proposal plan announcement
page account profile story piece essay speech testimony interview excerpt document`.split(/\s+/),
);

/** Endings of nouns for actions, states and things, which never speak ("the move", "construction"). */
export const THING =
  /(tion|sion|ment|ness|ity|ism|ance|ence|ship|ure|ing|age|hood|dom|ery)$|^(move|debate|strategy|question|cover|eye|face|hand|time|day|week|year|night|morning|evening|way|thing|idea|issue|problem|point|fact|number|data|result|vote|race|money|oil|gas|water|price|cost|tax|law|rule|system|program|programme|market|deal|game|event|show|film|movie|song|photo|picture|image|map|chart|graph|table|list|figure|word|phrase|line|term|name|title|topic|subject|matter|case|step|effort|attempt|trend|record|history|news|weather|storm|fire|wave|surge|rise|fall|drop|gain|loss|win|defeat|victory|timing|interplay|turnout|share|opinion|economy|dryer|car|truck|bus|train|plane|ship|boat|road|street|bridge|building|house|home|room|door|wall|city|town|village|country|state|nation|region|area|place|site|world|earth|land|field|answer|letter|paper|order|power|border|corner|danger|chapter|center|centre|error|factor|sector|floor|colou?r|honou?r|labou?r|mirror|motor|rumou?r|behaviou?r|favou?r|winter|summer|quarter|character|disaster|theat(re|er)|shelter|cancer|river|tower|fever|offer|transfer|percent|content|accident|incident|extent|talent|grant|plant|amount|account|element|dinner|computer|container)$/;

export const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten dozen hundred thousand million percent'.split(' '),
);

/** Words that end the name of an institution or a place, never a person's ("Maritime Museum", "Main Street"). */
export const INSTITUTION_WORDS = new Set(
  `museum school college academy hospital clinic church cathedral mosque synagogue temple library society club
inc corp corporation company co ltd llc plc group authority coalition alliance federation airlines airways
motors trust partners holdings industries technologies labs laboratory media press studios records festival
stadium arena hotel restaurant cafe gallery theatre theater zoo prison jail airport port harbour harbor
street avenue road boulevard lane square plaza bridge river lake bay mountain island county province district
valley forest desert ocean sea coast institute institution foundation association union council committee
ministry department agency bureau commission court university network organization organisation team league
enterprises brands foods bank service services radio television broadcasting broadcaster constabulary
tribunal assembly treasury charity regulator watchdog railway railways airline observatory forum movement
initiative collective chamber guild conference`.split(/\s+/),
);

/** Lower-case nouns that, just before a name, say the name is a body's ("energy firm Centrica"). */
export const BODY_NOUNS = new Set(
  `company firm charity retailer supermarket carmaker automaker airline carrier lender insurer broadcaster
publisher startup start-up manufacturer maker giant chain operator provider conglomerate multinational
subsidiary outlet newspaper studio consultancy watchdog regulator`.split(/\s+/),
);

/** Trades and fields that name a body more often than a family ("Thames Water", "Athletics Ireland", "Silver Oaks Care"). */
export const SECTOR_WORDS = new Set(
  `water rail rails mail post power energy gas electric electricity health care healthcare athletics cricket rugby
football soccer tennis golf swimming cycling rowing hockey netball basketball baseball sport sports transport transit
housing homes insurance finance capital pharma pharmaceuticals steel oil mining logistics telecom telecoms mobile
broadband airport airports shipping freight retail foods utilities aviation tourism fire rescue ambulance
emergency coastguard`.split(/\s+/),
);

/** Heads whose "of" may name two fields ("Department of Health and Social Care", "Office of Rail and Road"). */
export const PORTFOLIO_HEADS = new Set(
  'department ministry office secretary minister bureau commission committee'.split(' '),
);

const singular = (w: string): string => w.replace(/(?<=[^s])s$/, '').replace(/ie$/, 'y');

/** Endings of nouns for people ("defenceman", "organizer", "pianist", "43-year-old"). */
const PERSON_ENDING = /(man|men|woman|women|er|or|ist|ian|ant|ent|ee|crat|year-old)$/;

/** Is this lower-case noun one for a person ("the rookie defenceman", "the moderator")? */
export function isPersonNoun(word: string): boolean {
  const one = singular(word);
  if (PEOPLE.has(word) || PEOPLE.has(one) || ROLE_HEADS.has(word) || ROLE_HEADS.has(one)) return true;
  // family words ("her grandson, Jake, said")
  if ([word, one].some((w) => Object.hasOwn(KIN, w) || FEMININE.has(w) || MASCULINE.has(w))) return true;
  return PERSON_ENDING.test(one) && !THING.test(one) && !ORG_HEADS.has(one) && !TEXTS.has(one);
}

/** Is this lower-case noun a plural ("refugees", "women")? Singular nouns in -ss, -us, -is are not. */
export function isPluralNoun(word: string): boolean {
  return /(men|people|children)$/.test(word) || /[^sui]s$/.test(word);
}

/** Can a lower-case noun head a speaker: a person, a group or a text? */
export function isSpeakingNoun(word: string): boolean {
  const one = singular(word);
  const known = (f: string) =>
    PEOPLE.has(f) || TEXTS.has(f) || ROLE_HEADS.has(f) || ORG_HEADS.has(f) || INSTITUTION_WORDS.has(f);
  if (known(word) || known(one)) return true;
  return !THING.test(one) && !NUMBER_WORDS.has(word) && word !== 'own';
}

/** Lower-case words inside a name ("Borja del Pozo Cruz", "Ursula von der Leyen", "Bill de Blasio"). */
export const NAME_PARTICLES = new Set(
  'de del della der di da das do dos du van von den ten ter la le bin ibn'.split(' '),
);

/** What someone says, besides texts: "the minister's words", "her verdict: “…”". */
export const SAYINGS = new Set(
  'words response reply answer verdict advice reaction warning view message take assessment'.split(' '),
);
