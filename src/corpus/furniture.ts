/**
 * Page furniture: the lines a news site prints around an article that are not its text —
 * advertising markers, photo credits, "Related:" and "Read more" lead-ins, share and subscribe lines.
 * Every test looks at one whole line, so a sentence that merely starts the same way is kept.
 */

/** Lines that are nothing but a marker, whatever the outlet. */
const MARKER = new RegExp(
  `^(?:${[
    // advertising
    '(?:advertisement|advert|ads?|sponsored|paid|promoted|partner)(?: (?:content|links?|stories|story|post|feature|partner))?',
    '(?:advertisement|advert|ad)(?: [-–—:|])? scroll(?: down)? to continue(?: reading| with content)?',
    'scroll(?: down)? to continue(?: reading| with content)?',
    'skip (?:ad|advert|advertisement)',
    '(?:(?:the )?(?:story|article|text|report|content|post) )?(?:continues|continued|continue reading|continues reading)(?: (?:below|after|beneath|under|on (?:the )?next page))?(?: (?:the |this )?(?:advertisement|advert|ad|video|photo|image|gallery|break))?',
    'continue reading(?: the (?:main |full )?(?:story|article))?',
    // reading lists and lead-ins without their headline
    "(?:see also|know more|read more|read also|also read|more on this(?: story| topic)?|recommended(?: for you| stories| videos| reading)?|top stories|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|editor[’']?s picks?|you (?:may|might) (?:also )?like|we recommend|don[’']?t miss|must reads?|latest (?:news|stories|videos|headlines)|more (?:stories|news|videos|headlines)|before you go|up next|what to read next|featured(?: stories| videos)?)",
    'related(?: (?:articles?|stories|story|content|coverage|news|links?|topics|videos?|reading|posts?))?',
    // page chrome
    'newsletter|watch|listen|video|photos?|gallery|tweet|email|print|comments?(?: \\(\\d+\\))?|\\d+ comments?',
    '(?:show|view|read|jump to|see) (?:all )?comments?',
    'listen to (?:this )?(?:article|story)(?: \\d+ min(?:ute)?s?)?',
    '\\d+ min(?:ute)? (?:read|listen)',
    '(?:print|email|save|share|gift) (?:this )?(?:article|story|page)',
    'copy(?: the)? link(?: to (?:this )?(?:article|story))?|link copied',
    'back to top|skip to (?:main )?content|click here.*',
    'already (?:a )?(?:subscriber|member)\\?? ?(?:(?:log|sign) in(?: here)?)?|(?:log|sign) in(?: to (?:continue|comment|read))?',
    'loading(?:\\.{3}|…)?|bookmark|topics|key points|open image in gallery|(?:image|media|video) caption,?',
    '(?:join|read) the conversation|explore more on (?:these|this) topics?|reuse this content|share this with',
    'thank you for reading|report (?:an error|a typo|a correction)|comments (?:are|have been) closed|contact the (?:author|reporter|writer)',
    "sorry,? this (?:video|audio|content) (?:is(?:n[’']?t| not)|was(?:n[’']?t| not)) available(?: any ?more)?",
    '(?:your|this) browser does not support (?:the )?(?:video|audio|iframe)(?: tag| element| player)?',
    "you[’']?ve (?:reached|used) (?:your|all of your) (?:free )?(?:articles?|stories|story)(?: limit| for this month)?",
    // photo credits on their own
    '(?:(?:press|ap|cp|afp|reuters|getty) )?file (?:photo|image|picture|video)',
  ].join('|')})$`,
  'iu',
);

/** A section's heading, such as "More from World" or "MORE ON CLIMATE CHANGE": capitalised words only. */
const MORE_FROM_SECTION =
  /^(?:More|MORE|more) (?:from|on|in|about|FROM|ON|IN|ABOUT) [\p{Lu}\p{N}][\p{L}\p{N}’'&.-]*(?: (?:[\p{Lu}\p{N}&][\p{L}\p{N}’'&.-]*|of|and|the|for)){0,3}$/u;

/** "Related: headline", "READ MORE: headline", "More from Politics | headline". */
const LEAD_IN =
  /^(?:related(?: (?:articles?|stories|story|content|coverage|links?|video))?|read more|read also|also read|see also|more|watch|listen|video|photos?|gallery|recommended|trending|don[’']?t miss|must read|more (?:from|on|in|about) [^:|]{1,40})\s*[:|»›]\s*\S/iu;
const MAX_LEAD_IN_WORDS = 30;

/** "(Photo: Jane Doe/Reuters)", "Photograph by …", "Image caption, …": a label, then its credit. */
const LABELLED_CREDIT =
  /^(?:(?:photo|photograph|image|picture|pic|graphic|illustration|caption|credit|photo illustration|(?:photo|image) credit|image (?:source|copyright)|(?:media|image|video) caption)s?\s*[:/|–—-]|(?:photo|photograph|picture|illustration|photo illustration)s?\s+(?:by|courtesy of)\s|(?:image|media|video) (?:caption|source|copyright)\s*,)\s*\S/iu;
const MAX_CREDIT_WORDS = 30;

/** Who supplies news photos; a line made only of these and names is a credit. */
const PHOTO_SOURCE =
  /^(?:getty(?: images)?|afp|aap(?: image| photos?)?|supplied|news corp(?: australia)?|ap(?: photo| images)?|associated press|reuters|epa(?:-efe)?|bloomberg|shutterstock|istock(?:photo)?|(?:the )?canadian press|cp|pa(?: wire| images| media)?|press association|alamy|zuma(?: press| wire)?|sipa(?: usa)?|anadolu(?: agency)?|xinhua|upi|dpa|kyodo|nurphoto|wireimage|sopa images|handout|pool|contributor|staff|staff photographer|file|photo|photos|images?|courtesy(?: of .{1,40})?|instagram|twitter|facebook|youtube)$/iu;
const CREDIT_SEPARATOR = /\s*(?:\/|\||;|,|\bvia\b|\bfor\b)\s*/iu;
const NAME_WORD = /^(?:[\p{Lu}][\p{L}.'’-]*|de|del|della|da|van|von|der|den|la|le|al|el|bin|ibn)$/u;
const MAX_CREDIT_PART_WORDS = 4;

/** Share buttons and the names of the networks they share to. */
const SHARE_WORDS = new Set(
  'share shares sharing on via this the article story page post link copy copied email e-mail print tweet save facebook twitter x linkedin whatsapp reddit pinterest flipboard messenger telegram sms pocket tumblr bluesky threads mastodon instagram youtube tiktok snapchat google comment comments opens in new window tab click to more options icon button'.split(
    ' ',
  ),
);
const SHARE_ACTIONS =
  /^(?:share|sharing|email|e-mail|print|tweet|facebook|twitter|linkedin|whatsapp|reddit|pinterest|flipboard|messenger|telegram|sms|pocket|tumblr|bluesky|mastodon)$/;
const MAX_SHARE_WORDS = 15;

/** "Sign up for our newsletter", "Follow us on Instagram", "Get the latest news delivered to your inbox". */
const CALL_TO_ACTION = new RegExp(
  `^(?:${[
    '(?:subscribe|sign up|signup)\\b',
    'register (?:now|here|for free|to (?:read|continue|comment))',
    '(?:follow|like|find|join) (?:us|our page|the page)\\b',
    '(?:get|download|install|try) (?:the|our)\\b.{0,40}\\bapp\\b',
    '(?:get|receive) (?:the latest|our|breaking|daily|weekly|more)\\b.*\\b(?:newsletters?|inbox|e-?mails?|alerts|updates|notifications)\\b',
    '(?:listen to|subscribe to|follow) (?:our|the)\\b.{0,40}\\b(?:podcast|channel|newsletter|feed)\\b',
    "(?:never|don[’']?t) miss\\b.*\\b(?:newsletter|inbox|alerts|updates|a story)\\b",
    "(?:follow|like) (?:[\\p{Lu}][\\p{L}.’'-]*\\s+){1,4}on (?:twitter|x|instagram|facebook|threads|bluesky|linkedin|tiktok|mastodon)\\b",
    'for more (?:stories|news|updates|coverage)\\b.*\\b(?:follow|like|sign up|subscribe|download)\\b',
    '(?:enjoy|get) unlimited (?:digital )?access\\b|want to read more\\?',
    '(?:have you|do you have|got) (?:got )?a (?:story|news tip|tip)(?: to share| for us)?\\?',
  ].join('|')})`,
  'iu',
);
const MAX_CALL_TO_ACTION_WORDS = 25;

/** "With files from Reuters", "Updated 12 minutes ago", "This article was amended on …". */
const CREDITED_WORK = /^(?:additional )?(?:reporting|writing|editing|research)(?: by)? /iu;
const BYLINE =
  /^(?:with (?:files|reporting) from [^.“”"]{1,60}|with (?:aap|ap|afp|reuters|cp|pa|agencies|the canadian press|the associated press)|this (?:article|story|piece) (?:was|has been) (?:amended|updated|corrected|changed) (?:on|to|since)\b.*)$/iu;
const MAX_BYLINE_WORDS = 40;
const STAMP =
  /^(?:posted|updated|published|first published|last (?:updated|modified))(?: on| at)?:?\s+(.+)$/iu;
/** The words of a time stamp: numbers, times, months, days, zones, "ago". */
const STAMP_WORD =
  /^(?:[\d:.,/|-]+(?:[hmsd]|am|pm)?|ago|at|on|am|pm|a\.m\.|p\.m\.|[a-z]{2,4}t|utc|gmt|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?)\.?,?)$/iu;
/** Speech inside a line makes it article text, whatever else it looks like. */
const SPEECH = /["“”«»]|\b(?:said|says|told|asked|added)\b/iu;

/** A line without its bullets, arrows, brackets and wrapping quote marks. */
function bare(line: string): string {
  return line
    .trim()
    .replace(/[\s:.»›>→|•·*\-–—)\]"“”'‘’]+$/u, '')
    .replace(/^[\s«‹<←»›>→|•·*\-–—([\]"“”'‘’]+/u, '');
}

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);

function isCredit(line: string): boolean {
  if (LABELLED_CREDIT.test(line)) return wordsOf(line).length <= MAX_CREDIT_WORDS;
  // "Source: AFP" names who supplied a picture; "Source: the ministry" may be a line of the text
  const source = /^source\s*:\s*(.+)$/iu.exec(line)?.[1];
  if (source) return isCredit(source);
  const parts = line.split(CREDIT_SEPARATOR).filter(Boolean);
  if (!parts.some((part) => PHOTO_SOURCE.test(part))) return false;
  return parts.every((part) => {
    if (PHOTO_SOURCE.test(part)) return true;
    const words = wordsOf(part);
    return words.length <= MAX_CREDIT_PART_WORDS && words.every((word) => NAME_WORD.test(word));
  });
}

function isShareLine(line: string): boolean {
  const words = line.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? [];
  return (
    words.length > 0 &&
    words.length <= MAX_SHARE_WORDS &&
    words.every((word) => SHARE_WORDS.has(word)) &&
    words.some((word) => SHARE_ACTIONS.test(word))
  );
}

function isCallToAction(line: string): boolean {
  return CALL_TO_ACTION.test(line) && wordsOf(line).length <= MAX_CALL_TO_ACTION_WORDS && !SPEECH.test(line);
}

/** Whether a whole line of a page is furniture rather than article text. */
export function isFurniture(line: string): boolean {
  const text = bare(line);
  if (text === '') return true;
  if (MARKER.test(text) || MORE_FROM_SECTION.test(text)) return true;
  if (LEAD_IN.test(text)) return wordsOf(text).length <= MAX_LEAD_IN_WORDS;
  return isCredit(text) || isShareLine(text) || isCallToAction(text) || isByline(text);
}

/** "Reporting by Jane Doe in Ottawa; Editing by John Roe": every part is a task and names. */
function isCreditedWork(line: string): boolean {
  if (!CREDITED_WORK.test(line)) return false;
  return line
    .split(/\s*(?:;|,|\band\b)\s*/u)
    .every((part) =>
      wordsOf(part.replace(CREDITED_WORK, '')).every((word) => NAME_WORD.test(word) || word === 'in'),
    );
}

function isByline(line: string): boolean {
  if (SPEECH.test(line)) return false;
  if (isCreditedWork(line)) return wordsOf(line).length <= MAX_BYLINE_WORDS;
  if (BYLINE.test(line)) return wordsOf(line).length <= MAX_BYLINE_WORDS;
  const stamp = STAMP.exec(line)?.[1];
  return !!stamp && /\d/.test(stamp) && wordsOf(stamp).every((word) => STAMP_WORD.test(word));
}
