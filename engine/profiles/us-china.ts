import { Profile, type ProfileInput } from '../schema.ts';

/** The built-in source profile: US–China leader calls. Data only; `--profile FILE` replaces it. */
const usChina: ProfileInput = {
  name: 'us-china',
  channels: [
    { id: 'white-house', label: 'White House readout' },
    { id: 'chinese-state', label: 'Chinese state readout' },
    { id: 'anonymous-official', label: 'Anonymous official' },
    { id: 'named-source', label: 'Named source' },
    { id: 'media', label: 'Other media' },
    { id: 'narration', label: "Outlet's narration" },
  ],
  defaults: { named: 'named-source', anonymous: 'anonymous-official', media: 'media', narration: 'narration' },
  sources: [
    { pattern: 'white house readout', channel: 'white-house', kind: 'readout' },
    { pattern: 'white house statement', channel: 'white-house', kind: 'readout' },
    { pattern: 'white house press release', channel: 'white-house', kind: 'readout' },
    { pattern: 'statement published by the white house', channel: 'white-house', kind: 'readout' },
    { pattern: 'white house', channel: 'white-house', kind: 'readout' },
    { pattern: "china's readout", channel: 'chinese-state', kind: 'readout' },
    { pattern: 'chinese readout', channel: 'chinese-state', kind: 'readout' },
    { pattern: 'ministry readout', channel: 'chinese-state', kind: 'readout' },
    { pattern: 'foreign ministry', channel: 'chinese-state', kind: 'readout' },
    { pattern: 'the ministry', channel: 'chinese-state', kind: 'readout' },
    { pattern: 'chinese officials and media', channel: 'chinese-state', kind: 'readout' },
    { pattern: 'chinese state media', channel: 'chinese-state', kind: 'agency' },
    { pattern: 'xinhua news agency', channel: 'chinese-state', kind: 'agency' },
    { pattern: 'xinhua', channel: 'chinese-state', kind: 'agency' },
    { pattern: 'cctv', channel: 'chinese-state', kind: 'agency' },
    { pattern: 'state broadcaster', channel: 'chinese-state', kind: 'agency' },
    { pattern: 'state media', channel: 'chinese-state', kind: 'agency' },
    { pattern: 'the ap', channel: 'media', kind: 'outlet' },
    { pattern: 'associated press', channel: 'media', kind: 'outlet' },
    { pattern: 'cnn', channel: 'media', kind: 'outlet' },
    { pattern: 'reuters', channel: 'media', kind: 'outlet' },
    { pattern: 'bloomberg', channel: 'media', kind: 'outlet' },
  ],
  speakers: [
    { name: 'Joe Biden', aliases: ['Biden', 'President Biden', 'President Joe Biden', 'U.S. President Joe Biden', 'the US president', 'the American president'], gender: 'he', side: 'white-house' },
    { name: 'Xi Jinping', aliases: ['Xi', 'President Xi', 'Chinese President Xi Jinping', 'the Chinese leader', 'the Chinese president'], gender: 'he', side: 'chinese-state' },
    { name: 'John Kirby', aliases: ['Kirby'], gender: 'he' },
    { name: 'Janet Yellen', aliases: ['Yellen', 'Treasury Secretary Janet Yellen', 'the Treasury secretary'], gender: 'she' },
    { name: 'Antony Blinken', aliases: ['Blinken'], gender: 'he' },
  ],
  cueVerbs: [
    'say', 'tell', 'add', 'stress', 'emphasize', 'emphasise', 'note', 'warn', 'urge', 'call', 'describe',
    'characterize', 'characterise', 'reiterate', 'express', 'raise', 'caution', 'highlight', 'explain',
    'state', 'report', 'label', 'indicate', 'insist', 'argue', 'claim', 'announce', 'acknowledge', 'confirm',
    'respond', 'reply', 'write', 'ask', 'tweet', 'admit', 'suggest', 'predict', 'recall', 'agree', 'deny',
    'underscore', 'reflect', 'liken', 'advocate', 'prioritize', 'prioritise', 'vow', 'pledge', 'promise',
    'complain', 'point', 'estimate', 'contend', 'maintain', 'joke', 'observe', 'remark',
    'declare', 'assert', 'concede', 'testify', 'allege', 'comment', 'brief', 'read', 'quip', 'recount',
    'lament', 'reveal', 'disclose', 'boast', 'muse', 'advise', 'repeat', 'concede', 'specify', 'clarify', 'recommend',
  ],
  reportVerbs: [
    'say', 'tell', 'add', 'report', 'state', 'explain', 'write', 'respond', 'reply', 'argue', 'claim',
    'insist', 'warn', 'note', 'announce', 'estimate', 'predict', 'ask', 'tweet', 'testify', 'read', 'confirm', 'suggest', 'acknowledge', 'admit', 'advise',
    'allege', 'contend', 'concede', 'stress', 'emphasize', 'emphasise', 'caution', 'complain', 'recall', 'reiterate', 'declare', 'assert', 'remark', 'observe',
  ],
  cuePhrases: ['according to', 'cited as saying', 'in a statement', 'in an official statement', 'quoted as saying', 'put it'],
  anonymousNouns: [
    'senior administration official', 'administration official', 'senior white house official', 'white house official',
    'official', 'officials', 'source', 'sources', 'spokesperson', 'spokesman', 'spokeswoman', 'aide', 'aides', 'diplomat', 'diplomats',
  ],
  documentNouns: ['readout', 'statement', 'press release', 'release', 'communique', 'transcript'],
  titles: [
    'president', 'vice', 'secretary', 'minister', 'prime', 'premier', 'spokesman', 'spokeswoman', 'spokesperson',
    'mayor', 'senator', 'sen.', 'rep.', 'representative', 'governor', 'gov.', 'chief', 'chair', 'chairman',
    'chairwoman', 'director', 'leader', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'professor', 'judge', 'justice',
    'councillor', 'councilor', 'coun.', 'commissioner', 'officer', 'const.', 'sgt.', 'insp.', 'supt.', 'general',
    'gen.', 'lt.', 'col.', 'capt.', 'ceo', 'founder', 'candidate', 'ambassador', 'adviser', 'advisor',
    'treasury', 'state', 'defense', 'defence', 'foreign', 'finance', 'health', 'attorney', 'mp', 'mla', 'mpp',
    'then-president', 'former', 'interim', 'deputy', 'acting', 'u.s.', 'us', 'chinese', 'american', 'canadian',
  ],
};


export const builtInProfile: Profile = Profile.parse(usChina);
