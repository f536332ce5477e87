/**
 * Recognises page furniture that must never become a document: image credits, donation and
 * membership boxes, licence and republication notices, comment forms, share and menu labels.
 * Patterns, not a list of one site's strings; most apply only to short blocks, so a real
 * paragraph that happens to mention a photo is kept.
 */

const SHORT = 200;

/** Patterns that mark a short block as furniture. */
const SHORT_BLOCK_PATTERNS: RegExp[] = [
  // Image credits: "Jane Doe / Flickr", "Photo: …", "(AP Photo/…)", "Getty Images".
  /\/\s*(Flickr|Getty( Images)?|Shutterstock|Reuters|AP|AFP|Wikimedia( Commons)?|Unsplash|Alamy|iStock|Creative Commons)\b/i,
  /^\(?(photo|image|picture|photograph|illustration|graphic|video|credit|source)s?( credit| by)?\s*[:|/]/i,
  /^\(?(AP|AFP|Reuters|Getty) (Photo|Images?)\b/i,
  /\b(Getty Images|Shutterstock|AP Photo)\b/i,
  // Bylines: "By Sam Ortiz, Staff Writer", "By Ana Ruiz and Tom Lee | Reuters".
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}(\s*(,|\||and\b|—|-).{0,80})?$/u,
  // Donations and memberships.
  /\bPatreon\b/i,
  /^liked it\?/i,
  /^(please )?(donate|make a donation|chip in|become a (member|patron|supporter|subscriber)|support (us|our (work|journalism)))\b/i,
  // Licence and republication notices.
  /creative commons/i,
  /^(the )?original (version )?of this (article|story|post)/i,
  /^this (article|story|post) (was )?(originally|first) (appeared|published|ran)/i,
  /^(republished|reprinted|cross-?posted) (from|with)/i,
  // Update and correction stamps: "This story has been updated.", "Updated: March 3, 2021, 10:04 a.m."
  /^this (article|story|post|page|report) (has been|was|is being) (updated|corrected)\b[^.!?]{0,80}[.!]?$/i,
  /^(last )?(updated|modified)( on| at)?:?\s+([a-z]+day,?\s+)?(\d{1,2}(st|nd|rd|th)?\s+[a-z]+|[a-z]{3,9}\.?\s+\d{1,2}\b|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4})[^!?]{0,40}$/i,
  /all rights reserved/i,
  /^(©|copyright\b)/i,
  // Comment forms.
  /^please enter (your|a) /i,
  /^(leave|post|add|write) a (reply|comment)/i,
  /^your email address will not be published/i,
  /^save my name,? email/i,
  /^(\d+ )?(comments?|replies|responses)$/i,
  /^(cancel reply|submit comment|post comment|notify me of)/i,
  /^required fields are marked/i,
  // Share, follow, subscribe and navigation labels.
  /^(share|share this( article| story| post)?|tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit)(\s*[|:•·,]\s*\w+)*\s*:?$/i,
  /^(related|more)( posts| articles| stories| from [\w ]+)?:?$/i,
  /^(read more|continue reading|advertisement|sponsored( content)?|skip to (main )?content|menu|search|home|next( post| article)?|previous( post| article)?|back to top)[\s:.…»›>]*$/i,
  /^(sign up|subscribe)\b.*\b(newsletter|updates|email|inbox)\b/i,
  /^thanks for reading\b.{0,40}\b(subscribe|sign up|support)\b/i,
  /\bsubscribe (for free|now|today|to (receive|get) (new|our|more))\b/i,
  /^(follow us|follow (me|him|her) on)\b/i,
  /^(tags?|categories|category|filed under|posted in|topics?)\s*:/i,
  /^(you might also like|recommended( for you)?|trending( now)?|most (read|popular))\b/i,
];

/**
 * The patterns joined into one per set of flags, so a block is scanned once or twice instead of
 * once per pattern (every short block of every article goes through here). A union matches
 * wherever one of its patterns does: none of them refers back to a group.
 */
const SHORT_BLOCK_UNIONS: RegExp[] = [...new Set(SHORT_BLOCK_PATTERNS.map((pattern) => pattern.flags))].map(
  (flags) => new RegExp(SHORT_BLOCK_PATTERNS.filter((pattern) => pattern.flags === flags).map((pattern) => `(?:${pattern.source})`).join('|'), flags),
);

export function isBoilerplate(text: string): boolean {
  if (text.length > SHORT) return false;
  return SHORT_BLOCK_UNIONS.some((union) => union.test(text));
}
