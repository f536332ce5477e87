/**
 * The words the speaker rules read: verbs of speaking, the small words around a subject, roles and
 * the words that make a name a place or a body. Vocabulary of English news writing, never names
 * of people: the rules in speakers.ts decide who spoke from how these words stand.
 */

export const SPEECH_VERBS = new Set(
  `say says said tell tells told address addresses addressed tweet tweets tweeted reply replies replied respond responds responded write writes
  wrote state states stated proclaim proclaims proclaimed declare declares declared announce announces announced
  claim claims claimed add adds added ask asks asked deny denies denied admit admits admitted insist insists
  insisted warn warns warned promise promises promised threaten threatens threatened confirm confirms confirmed
  explain explains explained note notes noted argue argues argued recall recalls recalled post posts posted
  testify testifies testified comment comments commented remark remarks remarked acknowledge acknowledges
  acknowledged concede concedes conceded counter counters countered boast boasts boasted joke jokes joked quip
  quips quipped shout shouts shouted exclaim exclaims exclaimed urge urges urged plead pleads pleaded demand
  demands demanded suggest suggests suggested predict predicts predicted vow vows vowed reiterate reiterates
  reiterated repeat repeats repeated retort retorts retorted answer answers answered complain complains complained
  mock mocks mocked praise praises praised accuse accuses accused echo echoes echoed promote promotes promoted
  call calls called speak speaks spoke assert asserts asserted maintain maintains maintained emphasize emphasizes
  emphasized stress stresses stressed recommend recommends recommended tout touts touted blast blasts blasted
  slam slams slammed lament laments lamented muse muses mused observe observes observed describe describes described
  continue continues continued cry cries cried whisper whispers whispered sigh sighs sighed snap snaps snapped scoff
  scoffs scoffed sob sobs sobbed yell yells yelled scream screams screamed mutter mutters muttered murmur murmurs
  murmured mumble mumbles mumbled stammer stammers stammered growl growls growled hiss hisses hissed bark barks
  barked roar roars roared groan groans groaned laugh laughs laughed gasp gasps gasped weep weeps wept beg begs begged
  protest protests protested object objects objected interject interjects interjected interrupt interrupts
  interrupted agree agrees agreed disagree disagrees disagreed wonder wonders wondered recount recounts recounted
  reflect reflects reflected text texts texted email emails emailed caution cautions cautioned advise advises advised
  chide chides chided scold scolds scolded fume fumes fumed thunder thunders thundered bellow bellows bellowed clarify
  clarifies clarified elaborate elaborates elaborated conclude concludes concluded reveal reveals revealed concur
  concurs concurred rule rules ruled rebut rebuts rebutted inform informs informed reported`
    .split(/\s+/)
    .filter(Boolean),
);

/** Participles attach to the sentence's subject: `Goldstone reaches out … offering “…”`. */
export const SPEECH_PARTICIPLES = new Set(
  `saying telling writing noting adding asking claiming offering promising warning calling declaring insisting
  arguing explaining recommending suggesting urging tweeting stating announcing threatening boasting joking
  replying responding answering demanding describing`
    .split(/\s+/)
    .filter(Boolean),
);

/** `makes an announcement`, `sends private message`, `issues a statement`: a speech act as a noun. */
export const SPEECH_ACT = /\b(?:(?:shot|fired|hit|shoots|fires|hits) back\b(?=\s*(?::|that\b|with\b))|(?:reads?|read out)\s+(?:a|an|her|his|their|its|the)\s+(?:(?:brief|short|prepared|written|joint)\s+)?(?:statement|speech|remarks)\b|(?:makes?|made|issues?|issued|gives?|gave|(?<=\bha(?:s|ve|d)\s+(?:(?:just|now|already|also|since)\s+)?)(?:given|written)|delivers?|delivered|releases?|released|sends?|sent|posts?|posted|publishes?|published|writes?|wrote|tweets?|tweeted)\s+(?:(?:a|an|another|the|his|her|their|its|one|two|several|private|public|new|short|brief|formal|written|joint|direct)\s+){0,3}(?:announcement|statement|speech|remarks|message|messages|tweet|tweets|email|emails|letter|note|post|reply|response|comment|interview|video|press release)\b)/i;

export const ADVERBS = new Set(
  `again also then later now still even soon once first finally quickly publicly immediately reportedly allegedly
  privately repeatedly almost just never only back further twice openly directly angrily simply earlier`
    .split(/\s+/)
    .filter(Boolean),
);

export const PRONOUNS = new Set(['he', 'she']);

/** Lower-case role words that sit between a description and a name: `Union leader Kofi Mensah`, `Security firm Crowdstrike`. */
export const ROLE_WORDS = new Set(
  `leader member official spokesman spokeswoman spokesperson executive chief director president chairman chairwoman
  head lawyer attorney manager secretary minister firm group company agency councillor councilor representative
  organiser organizer founder editor reporter analyst candidate worker employee owner officer commissioner mediator
  negotiator activist campaigner adviser advisor aide operative consultant publicist strategist supervisor boss foreman
  coordinator controller contractor caretaker steward operator docker driver miner welder cleaner builder plumber
  electrician mechanic porter labourer laborer machinist tailor fisherman shopkeeper trader landlord tenant pensioner`
    .split(/\s+/)
    .filter(Boolean),
);

export const CONJUNCTIONS = new Set(['and', 'but', 'then', 'or', 'yet', 'before', 'after', 'while']);

export const AUXILIARIES = new Set(['had', 'has', 'have', 'would', 'will', 'could', 'should', 'might', 'may', 'must', 'did', 'does', 'do', 'is', 'was', 'were', 'are']);

export const ARTICLES_AND_OWNERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

export const DETERMINERS = new Set([...ARTICLES_AND_OWNERS, 'this', 'that', 'another', 'one', 'our', 'my', 'your', 'every', 'each', 'no']);

/** A name after one of these is spoken for or about (`a spokeswoman for Hallett`), not speaking. */
export const PREPOSITIONS = new Set(['for', 'of', 'to', 'with', 'from', 'at', 'by', 'on', 'in', 'about', 'against', 'behind']);

export const IRREGULAR_VERBS = new Set(
  `is was are were has had does did makes made sends sent meets met takes took gives gave gets got goes went
  comes came knows knew sees saw thinks thought finds found leaves left leads led wins won runs ran pays paid holds
  held brings brought keeps kept begins began becomes became agrees learns hires breaches publishes stood stands
  rose rises sat sits spoke speaks stepped steps turned turns`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that cannot describe a speaker standing before the name: `a`, `for`, `and`, `who`… */
export const DESCRIPTION_STOPS = new Set(
  `a an the for of to with by from and but or at in on as than that which who whom whose this these those his her
  their its our my your`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Verbs that attribute only right after a quotation: `“…,” Brisco shot back`, `“…,” the email
 * read`. Elsewhere they mean other things (`police fired`, `she read the report`).
 */
export const REPLY_VERBS = new Set(['shot', 'fired', 'hit', 'chimed', 'bristled', 'demurred', 'deadpanned', 'read', 'reads', 'stated', 'alleges', 'alleged']);

/** Speech verbs as often nouns (`all the answers`, `his claims`): no sign, alone, that someone speaks. */
export const NOUN_LIKE_VERBS = new Set(
  `answer answers claim claims comment comments note notes post posts remark remarks state states call calls demand demands
  promise promises reply replies response echo echoes tweet tweets counter counters stress stresses joke jokes praise
  address addresses answer call demand repeat repeats vow vows plead object objects text texts email emails rule rules
  laugh laughs protest protests cry cries thunder wonder`
    .split(/\s+/)
    .filter(Boolean),
);

export const RELATIVES = new Set(
  'mother father son daughter wife husband brother sister partner widow widower friend neighbour neighbor colleague client boss deputy'.split(' '),
);

/** Words that make a capitalised name an organisation or a place rather than a person. */
export const NOT_PERSON_WORDS = new Set(
  `tower house hall street avenue road square park center centre hotel city county state states river bridge
  airport station university college school hospital church court museum library ministry department agency
  council committee commission authority federation union association party company corporation corp inc ltd llc
  group bank fund foundation institute trust times post news radio television network journal review press office
  senate congress parliament assembly army navy police campaign team club board service services office center
  international national republic kingdom government administration organization organisation point island islands
  bay harbour harbor port mount mountain lake hill hills valley beach cape isle forest district province region village
  town square bridge dam mine plant factory airport road lane way rail railway railways parish water airways airlines
  utilities telecom mail palace league motors insurance garden gardens arena stadium theatre theater festival
  monday tuesday wednesday thursday friday saturday sunday`
    .split(/\s+/)
    .filter(Boolean),
);

export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'into', 'across', 'towards', 'toward', 'through', 'outside', 'inside', 'around', 'off', 'onto']);
