import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { segment } from '../../engine/article/segment.ts';
import { explain, type Explained } from '../../engine/article/attribute.ts';
import { builtInProfile } from '../../engine/profiles/us-china.ts';
import { Profile } from '../../engine/schema.ts';

const none = { skip: [], title: null, headings: [] };

/** Attribute a text and return the claim (with its sieve) containing `phrase`. */
function claimOf(text: string, phrase: string, profile: Profile = builtInProfile): Explained & { text: string } {
  const segs = segment(text, none);
  const out = explain(text, segs, profile);
  const k = segs.findIndex((s) => text.slice(s.start, s.end).includes(phrase));
  if (k < 0) throw new Error(`no claim contains ${phrase}`);
  return { ...out[k]!, text: text.slice(segs[k]!.start, segs[k]!.end) };
}

const seed = (name: string): string => readFileSync(new URL(`../../corpus/${name}.txt`, import.meta.url), 'utf8');
const cnn = seed('001_37eae74700f00adc');
const caixin = seed('000_7453a6a4d015fd0b');
const newser = seed('002_3509497b077d475c');
const kashmir = seed('003_1e5dd3f874457f56');
const dutch = seed('004_f0a7e87750fbe364');

describe('attribute: tight quote patterns', () => {
  it('reads "…," X said, with the channel from "according to" after it', () => {
    const c = claimOf(newser, 'This is not in the basic interests');
    expect(c.sieve).toBe('quote-then-speaker');
    expect(c.attribution).toEqual({ speaker: 'Xi Jinping', channel: 'chinese-state', sourceMention: 'Xinhua', cue: 'said', mode: 'direct' });
  });

  it('reads "…," said X', () => {
    const c = claimOf(caixin, 'Confrontation between China and the U.S.');
    expect(c.sieve).toBe('quote-then-cue');
    expect(c.attribution).toMatchObject({ speaker: 'Xi Jinping', cue: 'said', mode: 'direct' });
  });

  it('reads X responded that "…" as the speaker before the quote', () => {
    const c = claimOf(dutch, 'Biden responded that');
    expect(c.sieve).toBe('speaker-then-quote');
    expect(c.attribution).toMatchObject({ speaker: 'Joe Biden', cue: 'responded', mode: 'direct' });
  });

  it('reads "cited as saying in an official statement" as the Chinese side speaking', () => {
    const c = claimOf(caixin, 'The two countries should move toward each other');
    expect(c.sieve).toBe('cited-as-saying');
    expect(c.attribution).toMatchObject({ speaker: 'Xi Jinping', channel: 'chinese-state', cue: 'cited as saying', mode: 'direct' });
  });
});

describe('attribute: cues and sources', () => {
  it('takes the source of "according to X" as the channel of the whole sentence', () => {
    const c = claimOf(cnn, 'where US and Chinese officials see room for cooperation');
    expect(c.sieve).toBe('according-to');
    expect(c.attribution).toEqual({ speaker: null, channel: 'white-house', sourceMention: 'a White House readout', cue: 'according to', mode: 'indirect' });
  });

  it('gives "Biden “committed to …,” according to a statement" the speaker Biden and the White House channel', () => {
    expect(claimOf(caixin, 'committed to pursuing practical').attribution).toMatchObject({ speaker: 'Joe Biden', channel: 'white-house', mode: 'partial' });
  });

  it('reads "X described … as …" with the cue "described … as"', () => {
    const c = claimOf(cnn, 'The White House described the one-hour-45-minute conversation');
    expect(c.attribution).toEqual({ speaker: null, channel: 'white-house', sourceMention: 'The White House', cue: 'described … as', mode: 'partial' });
  });

  it('reads "…, the White House added" as Biden speaking through the White House', () => {
    const c = claimOf(cnn, 'Biden stressed the need to maintain');
    expect(c.sieve).toBe('trailing-clause');
    expect(c.attribution).toMatchObject({ speaker: 'Joe Biden', channel: 'white-house', sourceMention: 'the White House', cue: 'added' });
  });

  it('reads "a ministry readout said" as the Chinese channel, with Xi, the subject of the sentence, speaking', () => {
    const c = claimOf(cnn, 'Xi characterized US-China relations');
    expect(c.attribution).toMatchObject({ speaker: 'Xi Jinping', channel: 'chinese-state', sourceMention: 'a ministry readout', mode: 'partial' });
  });

  it('reads "Chinese state broadcaster CCTV reported" as the Chinese channel', () => {
    const c = claimOf(dutch, 'The two heads of state had');
    expect(c.attribution).toMatchObject({ speaker: null, channel: 'chinese-state', sourceMention: 'Chinese state broadcaster CCTV', cue: 'reported' });
  });

  it('reads "…, the AP reports" as another outlet being the source', () => {
    expect(claimOf(newser, 'It comes at a moment').attribution).toMatchObject({ speaker: null, channel: 'media', sourceMention: 'the AP', cue: 'reports' });
  });

  it('reads "X told reporters" with an apposition naming the role', () => {
    const c = claimOf(cnn, 'National Security Council spokesman John Kirby told reporters');
    expect(c.sieve).toBe('cue-subject');
    expect(c.attribution).toEqual({ speaker: 'John Kirby', channel: 'named-source', sourceMention: 'National Security Council spokesman John Kirby', cue: 'told', mode: 'indirect' });
  });

  it('skips an apposition between the speaker and the cue: "Gao Ruidong, chief macroeconomist at …, said"', () => {
    expect(claimOf(caixin, 'Gao Ruidong, chief macroeconomist').attribution).toMatchObject({ speaker: 'Gao Ruidong', channel: 'named-source', cue: 'said' });
  });

  it('reads a source named next to a quote without a cue ("a commentary in state media Xinhua calling those …")', () => {
    const c = claimOf(cnn, 'with a commentary in state media Xinhua');
    expect(c.attribution).toMatchObject({ speaker: null, channel: 'chinese-state' });
  });

  it('gives a joint pledge of two people no one speaker, but a singular verb its last subject', () => {
    expect(claimOf(caixin, 'Xi and Biden have pledged').sieve).toBeNull();
    expect(claimOf(dutch, 'In November, Joe Biden and Xi Jinping pledged').attribution.speaker).toBeNull();
    expect(claimOf(dutch, 'Lai has already said he wants').attribution.speaker).toBe('Lai Ching-te');
  });

  it('leaves the outlet’s own statements unattributed', () => {
    expect(claimOf(cnn, 'Biden and Xi last spoke on the phone in July 2022.').attribution).toEqual({ speaker: null, channel: 'narration', sourceMention: null, cue: null, mode: 'unattributed' });
    expect(claimOf(cnn, 'ruling Communist Party claims the self-ruling democracy').sieve).toBeNull();
  });

  it('does not take the subject of a passive cue as a speaker ("That fraught dynamic was underscored")', () => {
    expect(claimOf(cnn, 'That fraught dynamic was underscored').attribution.speaker).toBe('Joe Biden');
  });
});

describe('attribute: anonymous sources and references back', () => {
  it('names an anonymous source by its descriptor', () => {
    expect(claimOf(newser, 'a senior administration official told the AP').attribution).toMatchObject({ speaker: 'senior administration official', channel: 'anonymous-official' });
  });

  it('resolves "the official, who was not authorized to comment publicly" to the last anonymous official', () => {
    const c = claimOf(newser, 'The official, who was not authorized to comment publicly');
    expect(c.attribution).toMatchObject({ speaker: 'senior administration official', channel: 'anonymous-official', sourceMention: 'The official', cue: 'said' });
    expect(claimOf(newser, 'The White House official said Biden made clear').attribution.speaker).toBe('senior administration official');
  });

  it('resolves "the source, who wished to remain anonymous" to the senior White House official named before', () => {
    expect(claimOf(dutch, 'The source, who wished to remain anonymous').attribution).toMatchObject({ speaker: 'senior White House official', channel: 'anonymous-official', cue: 'indicated' });
    expect(claimOf(dutch, 'support for Moscow, the source said').attribution.speaker).toBe('senior White House official');
  });

  it('resolves "the senior administration official" to that official, not to the Treasury official named since', () => {
    expect(claimOf(cnn, 'Blinken is also set to travel to China himself').attribution).toMatchObject({ speaker: 'senior administration official', channel: 'anonymous-official' });
    expect(claimOf(cnn, 'A Treasury official told reporters Monday').attribution.speaker).toBe('Treasury official');
  });

  it('resolves "the readout" to the readout named last: the White House’s in one CNN paragraph', () => {
    const c = claimOf(cnn, 'The two leaders welcomed ongoing efforts');
    expect(c.attribution).toMatchObject({ channel: 'white-house', sourceMention: 'the readout', cue: 'stated' });
  });

  it('resolves "the readout" to the readout named last: China’s in the other CNN paragraph', () => {
    const c = claimOf(cnn, 'Xi called the issue the');
    expect(c.attribution).toMatchObject({ speaker: 'Xi Jinping', channel: 'chinese-state', sourceMention: 'the readout', cue: 'said' });
  });

  it('resolves "He called this “unfair,”" in the Dutch article to Xi, speaking through the White House press release', () => {
    const c = claimOf(dutch, 'He called this');
    expect(c.attribution).toEqual({ speaker: 'Xi Jinping', channel: 'white-house', sourceMention: 'a White House press release', cue: 'called', mode: 'direct' });
  });

  it('takes the channel a paragraph names for a call participant’s other claims in it', () => {
    expect(claimOf(dutch, 'Xi expressed concerns about the United States').attribution).toMatchObject({ speaker: 'Xi Jinping', channel: 'white-house' });
  });

  it('resolves "he" to the person last speaking ("He underscored", "he advocated")', () => {
    expect(claimOf(kashmir, 'He underscored the need to avoid conflict').attribution).toMatchObject({ speaker: 'Xi Jinping', channel: 'chinese-state' });
    expect(claimOf(kashmir, 'he advocated for mutual respect').attribution.speaker).toBe('Xi Jinping');
  });

  it('reads "Xi, for his part, called for …" past the parenthetical, through China’s side once its readout is named', () => {
    const c = claimOf(cnn, 'Xi, for his part, called for');
    expect(c.attribution).toMatchObject({ speaker: 'Xi Jinping', channel: 'chinese-state', cue: 'called for', mode: 'indirect' });
  });

  it('canonicalises speakers through the profile’s aliases', () => {
    expect(claimOf(kashmir, 'President Xi reflected on the San Francisco meeting').attribution.speaker).toBe('Xi Jinping');
    expect(claimOf(cnn, 'The Treasury secretary has vocally warned').attribution.speaker).toBe('Janet Yellen');
  });

  it('resolves a later "Lastname said" to the full name seen before', () => {
    expect(claimOf(dutch, 'Lai has already said he wants').attribution).toMatchObject({ speaker: 'Lai Ching-te', channel: 'named-source' });
  });

  it('takes speakers from the profile, not from engine code', () => {
    const other = Profile.parse({ ...builtInProfile, speakers: [{ name: 'Chinese head of state', aliases: ['the Chinese leader'], gender: 'he' }] });
    expect(claimOf(newser, 'This is not in the basic interests', other).attribution.speaker).toBe('Chinese head of state');
    expect(claimOf(newser, 'This is not in the basic interests').attribution.speaker).toBe('Xi Jinping');
  });

  it('reads an unknown "Firstname Lastname" as a named source by full name', () => {
    const text = 'The call was candid, Hamish Telford said. “It was useful,” Telford said.';
    expect(claimOf(text, 'The call was candid').attribution).toMatchObject({ speaker: 'Hamish Telford', channel: 'named-source' });
    expect(claimOf(text, 'It was useful').attribution).toMatchObject({ speaker: 'Hamish Telford', channel: 'named-source', mode: 'direct' });
  });
});

describe('attribute: quotes across sentences', () => {
  it('gives a quote-only sentence after an attributed one its speaker (floating quote)', () => {
    const c = claimOf(newser, 'Chinese-US confrontation will bring disaster');
    expect(c.sieve).toBe('floating-quote');
    expect(c.attribution).toMatchObject({ speaker: 'Xi Jinping', channel: 'chinese-state', mode: 'direct' });
  });

  it('gives every sentence of a quote running over two sentences the attribution at its end', () => {
    const c = claimOf(cnn, 'take the Chinese at their word');
    expect(c.sieve).toBe('quote-continuation');
    expect(c.attribution).toMatchObject({ speaker: 'senior administration official', channel: 'anonymous-official', mode: 'direct' });
    expect(claimOf(cnn, 'Verifying the results we see').attribution.speaker).toBe('senior administration official');
  });

  it('attributes each half of a sentence carrying two sources to its own source', () => {
    const text = 'The two leaders had a candid and constructive conversation, the White House said, and they had a candid and in-depth exchange, the ministry said.';
    expect(claimOf(text, 'constructive conversation').attribution).toMatchObject({ channel: 'white-house', sourceMention: 'the White House' });
    expect(claimOf(text, 'in-depth exchange').attribution).toMatchObject({ channel: 'chinese-state', sourceMention: 'the ministry' });
  });

  it('tells partial quotes from direct ones', () => {
    expect(claimOf(cnn, 'The Chinese readout noted that the two leaders').attribution).toMatchObject({ channel: 'chinese-state', mode: 'partial' });
    expect(claimOf(cnn, 'China, of course, is a sovereign country').attribution.mode).toBe('direct');
  });
});

// Rules that the seed articles do not exercise, on sentences written the way Canadian and US
// wire copy is (the Gender Gap Tracker's style): the rules must hold for arbitrary speakers.
describe('attribute: general news patterns', () => {
  it('takes the sure name after ", says" at the end of a sentence', () => {
    expect(claimOf('Hypertension is a key risk factor for heart disease, says Kim.', 'Hypertension').attribution).toMatchObject({ speaker: 'Kim', cue: 'says' });
  });

  it('passes over a chain of appositions to the name: "Rep. Lucille Roybal Allard, D-Calif., the incoming chairwoman …, said"', () => {
    const text = 'Rep. Lucille Roybal Allard, D-Calif., the incoming chairwoman of the subcommittee that handles Homeland Security, said her office is preparing legislation.';
    expect(claimOf(text, 'preparing legislation').attribution.speaker).toBe('Lucille Roybal Allard');
  });

  it('does not take the object of "of" for the subject: "Ernie LeBlanc, father of Jason LeBlanc, 42, says"', () => {
    const text = 'Ernie LeBlanc, father of Jason LeBlanc, 42, says his son long battled addiction.';
    expect(claimOf(text, 'long battled').attribution.speaker).toBe('Ernie LeBlanc');
  });

  it('prefers the name in apposition to a description: "His father, Ernie LeBlanc, says"', () => {
    expect(claimOf('His father, Ernie LeBlanc, says his son suffered bouts of anxiety.', 'bouts').attribution.speaker).toBe('Ernie LeBlanc');
  });

  it('takes the person before a prepositional phrase: "professor Kent Moore at the University of Toronto says"', () => {
    const text = 'Atmospheric physics professor Kent Moore at the University of Toronto says the patterns show how the climate system is coupled.';
    expect(claimOf(text, 'patterns').attribution.speaker).toBe('Kent Moore');
  });

  it('accepts any verb right after a closing quote: “…,” quipped Green', () => {
    const text = 'Damon Green, 58, is caddieing again. “It didn’t take me long to get a job,” quipped Green.';
    expect(claimOf(text, 'get a job').attribution).toMatchObject({ speaker: 'Damon Green', cue: 'quipped', mode: 'direct' });
  });

  it('resolves "the affable proprietor" to the person in focus', () => {
    const text = 'I’m talking about Alfonso Espinos, who was born in Mexico. “One!” says the affable proprietor.';
    expect(claimOf(text, 'One!').attribution.speaker).toBe('Alfonso Espinos');
  });

  it('reads "her statement read" as her speaking', () => {
    const text = 'Shannon Phillips spoke to the assembly on Monday. “These reports are deeply concerning,” her statement read.';
    expect(claimOf(text, 'deeply concerning').attribution.speaker).toBe('Shannon Phillips');
  });

  it('gives two people who speak together one joint speaker, and "they" later', () => {
    const text = 'Stella’s owners Tore Sohlberg and Lehla Abreder said they respected the vote. “Our priority is a healthy workplace,” they said.';
    expect(claimOf(text, 'respected the vote').attribution.speaker).toBe('Tore Sohlberg and Lehla Abreder');
    expect(claimOf(text, 'healthy workplace').attribution.speaker).toBe('Tore Sohlberg and Lehla Abreder');
  });

  it('never resolves "he" to a body named with "the"', () => {
    const text = 'Caleb Jones scored for the Edmonton Oilers on Tuesday. “I will have a little smile,” he said.';
    expect(claimOf(text, 'little smile').attribution.speaker).toBe('Caleb Jones');
  });

  it('gives a quote standing alone after a sentence about someone to that person', () => {
    const text = 'But early on, Dave Martell did have patients die of overdoses. "When somebody dies, especially somebody young, you tend to remember that."';
    const c = claimOf(text, 'When somebody dies');
    expect(c.sieve).toBe('floating-quote');
    expect(c.attribution).toMatchObject({ speaker: 'Dave Martell', mode: 'direct' });
  });
});

describe('attribute: people, bodies and roles across sentences', () => {
  it('never resolves "she" to a name used for a place or a body ("in Nova Scotia", "the Kinder Morgan pipeline")', () => {
    const text = 'Darian Lonechild said she started her work with police. The council stated in July it opposed the Kinder Morgan pipeline.\n"We understand that this land is who we are," she said.';
    expect(claimOf(text, 'this land').attribution.speaker).toBe('Darian Lonechild');
    const place = 'Wendy Golden now lives in Amherst. The death was in Nova Scotia.\n"That is why I chose to fight," she says.';
    expect(claimOf(place, 'chose to fight').attribution.speaker).toBe('Wendy Golden');
  });

  it('resolves "the minister" to the person introduced with that role and mentioned last', () => {
    const text = 'Foreign Affairs Minister Chrystia Freeland says Canada has asked China to spare the man. The remarks came after China criticised Prime Minister Justin Trudeau. Freeland said she had a very emotional conversation with the father.\n"It is important to remember that we are talking about a person," the minister said.';
    const c = claimOf(text, 'talking about a person');
    expect(c.attribution).toMatchObject({ speaker: 'Chrystia Freeland', sourceMention: 'the minister' });
    const prime = `${text} The prime minister said Canada would keep pressing China.`;
    expect(claimOf(prime, 'keep pressing').attribution.speaker).toBe('Justin Trudeau');
  });

  it('resolves "the spokesperson" to the person named with that role, an anonymous one only when so named', () => {
    const text = 'TransLink spokesperson Ben Murphy said the line would open in 2025. "We are on schedule," the spokesperson said.';
    expect(claimOf(text, 'on schedule').attribution.speaker).toBe('Ben Murphy');
  });

  it('reads the role in apposition after a name: "Nadia Jamil, principal researcher at Dixon Hall"', () => {
    const text = 'Nadia Jamil, principal researcher at Dixon Hall, said the picture is complex. Dennis Brooks has lived on the streets for years.\n"The homeless community is not a homogeneous community," the researcher said.';
    expect(claimOf(text, 'homogeneous').attribution.speaker).toBe('Nadia Jamil');
  });

  it('ends a name at a comma glued to it: "For Megda Belkacemi, Friday is a day she …"', () => {
    const text = '“It didn’t get better,” said Kenza Tarek.\nFor Megda Belkacemi, Friday is a day she has been awaiting eagerly.\n“I am looking forward to the sentence,” she said.';
    expect(claimOf(text, 'looking forward').attribution.speaker).toBe('Megda Belkacemi');
  });

  it('takes a common given name as a hint for "he" or "she" when the text has shown no gender', () => {
    const text = 'Wendy Golden urged police to investigate. The CBC\'s Richard Cuthbertson looked at the case.\n"I chose to fight to have something done," she says.';
    expect(claimOf(text, 'chose to fight').attribution.speaker).toBe('Wendy Golden');
  });

  it('learns no gender from a pronoun before the name: "Her lawyer, Wei Chen, said …" leaves "he" free to mean Chen', () => {
    const text = 'Police Chief Mark Saunders spoke.\nHer lawyer, Wei Chen, said the family would sue.\nChen said Jones was wrong. "The minister is dodging responsibility," he said.';
    expect(claimOf(text, 'dodging').attribution.speaker).toBe('Wei Chen');
  });

  it('gives the cue to the phrase a modifier hangs on, not to the object inside the modifier', () => {
    const attack = 'They left a grenade in the lobby, a private security professional present during the attack told Reuters.';
    expect(claimOf(attack, 'grenade').attribution.speaker).toBe('private security professional');
    const union = 'The union representing officers said in a statement that morale was low.';
    expect(claimOf(union, 'morale').attribution.speaker).toBe('union');
    // A named person after the preposition speaks still.
    const filed = 'A report filed by RCMP reconstructionist Cpl. Douglas Green noted the road was dry.';
    expect(claimOf(filed, 'road was dry').attribution.speaker).toBe('Douglas Green');
  });

  it('gives "A spokesperson for X, Name, said" to the name in apposition after the description and its phrase', () => {
    const text = 'A spokesperson for Morneau, Pierre-Olivier Herbert, said in an email that details would follow.';
    expect(claimOf(text, 'details would follow').attribution.speaker).toBe('Pierre-Olivier Herbert');
  });

  it('reads "According to the band\'s lawyer, Jane Ross, …" as Jane Ross, and "the band\'s lawyer" alone as someone new', () => {
    const named = 'Jim Smith said he respected the ruling. According to the band\'s lawyer, Jane Ross, the injunction was flawed.';
    expect(claimOf(named, 'injunction').attribution.speaker).toBe('Jane Ross');
    const described = 'Jim Smith said he respected the ruling. The band\'s lawyer said the injunction was flawed.';
    expect(claimOf(described, 'injunction').attribution.speaker).toBe("band's lawyer");
  });

  it('gives quotes standing alone to the sentence after them that names whose words they were', () => {
    const words = '"We are not going anywhere. This is our land."\nThose were the words of Chief Na\'Moks, a hereditary chief, as police moved in.';
    expect(claimOf(words, 'not going anywhere').attribution).toMatchObject({ speaker: "Na'Moks", mode: 'direct' });
    expect(claimOf(words, 'our land').attribution.speaker).toBe("Na'Moks");
    const put = 'Jim Smith runs the farm.\n"It is the worst winter in memory."\nThat\'s how Fred Jones, a farmer near Regina, put it.';
    expect(claimOf(put, 'worst winter').attribution.speaker).toBe('Fred Jones');
    const message = '"Prices will keep rising." That was the message from Bank of Canada governor Stephen Poloz on Wednesday.';
    expect(claimOf(message, 'Prices will').attribution.speaker).toBe('Stephen Poloz');
    // Right after its own quote, the phrase names that quote's speaker only.
    const response = 'Tesla posted a video.\n"Look at it go."\n“The best sleigh this Christmas!” was the response of one jolly viewer.';
    expect(claimOf(response, 'best sleigh').attribution).toMatchObject({ speaker: 'one jolly viewer', mode: 'direct' });
    expect(claimOf(response, 'Look at it').attribution.speaker).not.toBe('one jolly viewer');
  });

  it('reads "the Liberal MP", "the Ottawa South MPP" as a role (the person in focus), not as a name', () => {
    for (const role of ['the Ottawa South MPP', 'the Liberal MP', 'the CEO']) {
      const text = `The Liberal health critic, John Fraser, called the situation a crisis.\n"The minister should resign," ${role} said.`;
      expect(claimOf(text, 'should resign').attribution.speaker).toBe('John Fraser');
    }
  });

  it('gives a document "from" someone to its issuer, a relative clause\'s object to its antecedent, a passive cue to its agent', () => {
    const before = '"It is a done deal," said Steve Kanellakos. ';
    expect(claimOf(`${before}A statement from Watson's office said the mayor stood by the decision.`, 'stood by').attribution.speaker).toBe("Watson's office");
    expect(claimOf(`${before}Residents who packed the meeting said they felt ignored.`, 'felt ignored').attribution.speaker).toBe('Residents');
    const passive = 'Mayor Jim Watson spoke first. Deans was told by the city manager, Steve Kanellakos, that no changes were possible.';
    expect(claimOf(passive, 'no changes').attribution).toMatchObject({ speaker: 'Steve Kanellakos', cue: 'told by' });
  });

  it('lets "they" mean bodies named as a sentence\'s subject ("Environmental groups welcomed …")', () => {
    const text = 'The Conservatives called the plan a tax grab. They say it will raise gas prices.\nEnvironmental groups welcomed the announcement. "It is a good first step," they said in a joint statement.';
    expect(claimOf(text, 'good first step').attribution.speaker).toBe('Environmental groups');
  });

  it('reads a subject through prepositional phrases with hyphenated words: "A worker at a long-term care home in the east end, who …, said"', () => {
    const text = 'A worker at a long-term care home in the east end, who asked not to be named, said several floors of the building still had no air conditioning.';
    expect(claimOf(text, 'several floors').attribution.speaker).toBe('worker');
  });

  it('gives "A worker at Maple Crest Manor, who …, said" to the worker, not to the name the preposition takes', () => {
    const text = 'A personal support worker at Maple Crest Manor, who asked not to be named, said she has been alone on a floor of 34 residents.';
    expect(claimOf(text, '34 residents').attribution.speaker).toBe('personal support worker');
  });

  it('gives "A woman who uses home support …, and who came to the rally …, said" to the woman, and her "she said" after', () => {
    const text = 'Agencies have been providing essential services only.\nA woman who uses home support three times a week, and who came to the rally in a wheelchair, said she had been getting help only with bathing.\n"I support them 100 per cent," she said.';
    expect(claimOf(text, 'only with bathing').attribution.speaker).toBe('woman');
    expect(claimOf(text, '100 per cent').attribution.speaker).toBe('woman');
  });

  it('gives "An expert cited in the report, which …, said landlords …" to the expert, not to the words after the cue', () => {
    const text = 'An expert cited in the report, which looked at real estate trends across the country, said landlords in cities like Toronto will be looking at upgrades.';
    expect(claimOf(text, 'upgrades').attribution.speaker).toBe('expert');
  });

  it('never lets a speaking "he" after reported words mean a person those words name', () => {
    const text = 'Ken Njoroge was at his desk. "They were firing at the doors," Hiram Macharia told him.\nMacharia and some colleagues hid under desks, he said, but one person ran to the roof.';
    expect(claimOf(text, 'hid under desks').attribution.speaker).toBe('Ken Njoroge');
    // The speaker named before "he" in his own clause is still the one.
    const own = 'Ken Njoroge was at his desk. Hiram Macharia hid under a desk.\n"They were firing at the doors," he said.';
    expect(claimOf(own, 'firing at the doors').attribution.speaker).toBe('Hiram Macharia');
  });

  it('gives an embedded post to the author its signature names: "… — Name (@handle) December 30, 2018"', () => {
    const text = 'Medcalf posted the letter online.\nHere it is. Full text of the letter to the minister. https://t.co/b5PgcRnfFv — Rory Medcalf (@Rory_Medcalf) December 30, 2018\nThe letter was signed by 36 experts.';
    for (const phrase of ['Here it is', 'Full text']) expect(claimOf(text, phrase).attribution).toMatchObject({ speaker: 'Rory Medcalf', sourceMention: 'Rory Medcalf (@Rory_Medcalf)', mode: 'direct' });
    expect(claimOf(text, 'signed by').attribution.speaker).toBeNull();
    // A dash and a handle without the date are no signature.
    expect(claimOf('Here it is — Rory Medcalf (@Rory_Medcalf) said so.', 'Here it is').attribution.sourceMention).not.toBe('Rory Medcalf (@Rory_Medcalf)');
  });

  it('leaves the day out of a speaker\'s name: "from UFCW Local 832 late Friday said", "“…,” said a statement from … late Friday"', () => {
    expect(claimOf('A release sent to media from UFCW Local 832 late Friday said the workers voted yes.', 'voted yes').attribution.speaker).toBe('UFCW Local 832');
    expect(claimOf('"We won," said a statement from UFCW Local 832 late Friday.', 'We won').attribution.speaker).toBe('UFCW Local 832');
  });

  it('gives a quote-only sentence the speaker of the attribution clause opening the next sentence', () => {
    const text = 'Brittany Lincicome stood off to the side on the second tee, driver in hand.\n“Are there prizes?” Lincicome asked before going off in the anchor position.';
    const c = claimOf(text, 'Are there prizes');
    expect(c.attribution).toMatchObject({ speaker: 'Brittany Lincicome', mode: 'direct' });
  });

  it('resolves "the statement" to whoever issued one when the article names no readout', () => {
    const text = 'The Canadian Beverage Association said in a statement that fruit juice is a source of vitamins. The statement also said that removing it could have “significant consequences.”';
    expect(claimOf(text, 'significant consequences').attribution.speaker).toBe('Canadian Beverage Association');
  });
});

describe('attribute: more clause shapes', () => {
  it('reads the subject of a clause opened by "after": "after John McCallum, Canada’s ambassador to China, told …"', () => {
    const text = 'Controversy erupted after John McCallum, Canada’s ambassador to China, told reporters that he thinks the executive has “quite a strong case.”';
    expect(claimOf(text, 'strong case').attribution.speaker).toBe('John McCallum');
  });

  it('takes a possessive phrase after the cue as the speaker: “…,” says my two-year-old', () => {
    const text = 'I labelled one of the animals a dad. “No, that’s the mom,” says my two-year-old.';
    expect(claimOf(text, 'the mom').attribution).toMatchObject({ speaker: 'my two-year-old', sourceMention: 'my two-year-old' });
  });

  it('gives a participle after "with X" to X: "with a spokesperson for the camp describing the scene as …"', () => {
    const text = 'Police moved in on Monday, with a spokesperson for the camp describing the scene as "chaos all around."';
    expect(claimOf(text, 'chaos').attribution).toMatchObject({ speaker: 'spokesperson', cue: 'describing … as' });
  });

  it('gives a reporting participle to a one-word name that is the sentence’s subject', () => {
    const text = 'Later that month, SNC-Lavalin applied for a review of the decision, arguing the refusal was an “unreasonable exercise of her discretion.”';
    expect(claimOf(text, 'unreasonable').attribution.speaker).toBe('SNC-Lavalin');
  });

  it('skips a dateline when looking for the subject: "WASHINGTON — Nancy Pelosi often quotes …"', () => {
    const text = 'WASHINGTON — Nancy Pelosi often quotes Abraham Lincoln saying public sentiment is everything.';
    expect(claimOf(text, 'public sentiment').attribution.speaker).toBe('Nancy Pelosi');
  });

  it('reads "in her words" like "according to her"', () => {
    const text = 'Wendy Golden used to keep a shrine to her son. It had, in her words, become "unhealthy."';
    expect(claimOf(text, 'unhealthy').attribution).toMatchObject({ speaker: 'Wendy Golden', cue: 'in her words' });
  });

  it('gives "said a statement released by X" to X', () => {
    const text = 'The leaders discussed "the need for all countries to respect the rule of law," said a statement released by the Prime Minister’s Office.';
    expect(claimOf(text, 'rule of law').attribution).toMatchObject({ speaker: 'Prime Minister’s Office', sourceMention: 'the Prime Minister’s Office' });
  });
});

describe('attribute: quotes over paragraphs and descriptions', () => {
  it('gives a quote left open at a paragraph’s end the attribution of its continuation in the next paragraph', () => {
    const text = 'The council met on Monday to discuss the plan.\n“We have been waiting for this for a very long time. The people of this city deserve better.\n“We will keep fighting until the plan is changed,” said Mary Smith, a tenant organizer.';
    for (const phrase of ['waiting for this', 'deserve better']) {
      const c = claimOf(text, phrase);
      expect(c.sieve).toBe('quote-continuation');
      expect(c.attribution.speaker).toBe('Mary Smith');
    }
  });

  it('makes a person described who speaks on condition of anonymity an anonymous source, whom "the source" then means', () => {
    const text = 'Ian Mac runs the union. A person familiar with the negotiations, who was not authorized to speak publicly, said the two sides were close.\n"It is the split shifts," the source said.\nA nurse, who asked not to be named, said the ward was full. "We are tired," the nurse said.';
    expect(claimOf(text, 'sides were close').attribution).toMatchObject({ speaker: 'person', channel: 'anonymous-official' });
    expect(claimOf(text, 'split shifts').attribution).toMatchObject({ speaker: 'person', channel: 'anonymous-official' });
    expect(claimOf(text, 'ward was full').attribution).toMatchObject({ speaker: 'nurse', channel: 'anonymous-official' });
    expect(claimOf(text, 'We are tired').attribution).toMatchObject({ speaker: 'nurse', channel: 'anonymous-official' });
  });

  it('reads the head before "of" past a relative clause: "The mother of two, who asked not to be named, said"', () => {
    const text = 'The mother of two, who asked not to be named, said she had no choice.';
    expect(claimOf(text, 'no choice').attribution.speaker).toBe('mother of two');
  });

  it('accepts a described group before a cue whose object is followed by a quote: critics have called the plan “a disaster”', () => {
    const text = 'Opposition critics have called the plan "a disaster."';
    expect(claimOf(text, 'a disaster').attribution.speaker).toBe('Opposition critics');
  });

  it('reads "As X put it, “…”"', () => {
    const text = 'As Smith put it, "nobody wins a trade war."';
    expect(claimOf(text, 'trade war').attribution.speaker).toBe('Smith');
  });

  it('resolves "the premier" to the person introduced with the title', () => {
    const text = 'Premier Doug Ford announced the cuts on Monday. "We have no choice," the premier said.';
    expect(claimOf(text, 'no choice').attribution.speaker).toBe('Doug Ford');
  });

  it('reads "What the commission described as “…”" as the commission’s words', () => {
    const text = 'What the commission described as a “package of remedies and relief” was designed to protect investors.';
    expect(claimOf(text, 'package of remedies').attribution.speaker).toBe('commission');
  });
});

describe('attribute: names and clauses', () => {
  it('drops a capitalised function word from a name: "Both Green and Schniederjans confirmed …" keeps Green as Damon Green', () => {
    const text = 'Damon Green is already caddieing again. Both Green and Schniederjans confirmed the move on Friday.\n“I wanted to heal a little bit before I talked to him,” Green said.';
    expect(claimOf(text, 'heal a little').attribution.speaker).toBe('Damon Green');
  });

  it('never takes a team named after "the" and its modifiers for "he": "the slumping Edmonton Oilers"', () => {
    const text = 'The San Jose Sharks beat the slumping Edmonton Oilers 7-4 on Saturday. Caleb Jones recorded his first career NHL goal.\n"I will have a little smile," said the rookie defenceman.';
    expect(claimOf(text, 'little smile').attribution.speaker).toBe('Caleb Jones');
  });

  it('resolves "it" to the body that spoke last: "The union said …. It added …"', () => {
    const text = 'The union said the vote was clear. It added that talks would resume Monday.';
    expect(claimOf(text, 'talks would resume').attribution).toMatchObject({ speaker: 'union', sourceMention: 'It' });
  });

  it('resolves "they" to a plural subject of people: "Republican senators are eager …, and they say …"', () => {
    const text = 'Republican senators are eager to get back to confirming judges, and they say they don’t want to consider any more shutdown bills.';
    expect(claimOf(text, 'shutdown bills').attribution.speaker).toBe('Republican senators');
  });

  it('keeps a given name the tagger took for a verb in the name: "Education Minister Rob Fleming"', () => {
    const text = 'Education Minister Rob Fleming visited the school on Monday.\n"We will build it," he said.';
    expect(claimOf(text, 'build it').attribution.speaker).toBe('Rob Fleming');
  });

  it('resolves "she" to the last woman named even when several sentences about others came between', () => {
    const text = 'Wendy Golden lives in Amherst.\nRichard Cuthbertson covered the case. Neil Calder was charged. Kevin Vickers was not involved. Robert Smith ran the mill. Thomas Brown built the arena. David Jones coached.\n"I will keep fighting," she said.';
    expect(claimOf(text, 'keep fighting').attribution.speaker).toBe('Wendy Golden');
  });

  it('lets a group or body described by a noun speak with any cue: "Advocates urged …"', () => {
    const text = 'Advocates urged the province to extend the program to all families.';
    expect(claimOf(text, 'extend the program').attribution.speaker).toBe('Advocates');
  });

  it('takes "client", "analyst" and "cousin" for people: "A former client said …. “…,” she said" is the client, not the woman quoted before', () => {
    for (const role of ['former client', 'analyst', 'cousin']) {
      const text = `Fatima Benali runs the centre. "We open at noon," she said.\nA ${role} said she had invested $60,000.\n"He had a framed certificate," she said.`;
      expect(claimOf(text, 'framed certificate').attribution.speaker).toBe(role);
    }
  });

  it('resolves "she" to an unnamed speaker across a quote of two sentences: the quote’s first sentence is no sentence of the story', () => {
    const text = 'Fatima Benali runs the centre. "We open at noon," she said.\nA worker at a care home, who asked not to be named, said the floors were hot.\n"We do what we can. It is not enough," she said.';
    expect(claimOf(text, 'not enough').attribution.speaker).toBe('worker');
  });

  it('gives no speaker to speech that may not happen: "… whether his client would testify. … He suggested" is the lawyer', () => {
    const text = '"It is a tidy story," said Kessler, who did not say whether his client would testify. "But a trial is about proof."\nHe suggested the video would show a third person.';
    expect(claimOf(text, 'third person').attribution.speaker).toBe('Kessler');
  });

  it('keeps to the person named when a passive agent asks: "Beaumont was asked by a reporter whether …. “…,” she said"', () => {
    const text = 'Claire Beaumont spoke on Monday.\nBeaumont was asked by a reporter whether she was worried.\n“I worry about people. That keeps me up at night,” she said.';
    expect(claimOf(text, 'keeps me up').attribution.speaker).toBe('Claire Beaumont');
  });

  it('gives "she" to the person a sentence is about, not a possessor in apposition: "Karen Olyniuk, Dale’s wife, keeps the books. She said"', () => {
    const text = 'Dale Olyniuk farms near Kindersley. "It is dry," Olyniuk said.\nKaren Olyniuk, Dale’s wife and business partner, keeps the farm’s books. She said input costs had risen.';
    expect(claimOf(text, 'input costs').attribution.speaker).toBe('Karen Olyniuk');
  });

  it('takes "the owner of a bakery" for someone new, not the owner quoted before, and names her when "The owner, …," follows', () => {
    const text = 'Tran Van Minh, the owner of a pho restaurant, said business was down. "They drive," he said.\nBut a few doors down, the owner of a bakery said her sales had gone up.\n"People stop on their bikes," she said.\nThe owner, Eleni Papadakis-Grant, said she supports the lanes.';
    expect(claimOf(text, 'sales had gone up').attribution.speaker).toBe('Eleni Papadakis-Grant');
    expect(claimOf(text, 'on their bikes').attribution.speaker).toBe('Eleni Papadakis-Grant');
    expect(claimOf(text, 'They drive').attribution.speaker).toBe('Tran Van Minh');
  });

  it('gives what an unnamed source said to the name they are given later: "… said one resident …. The man, Aurèle Bissonnette, 79, said"', () => {
    const text = 'Fatima Benali runs the centre.\n"I have a fan, that\'s all," said one resident, sitting on a bench.\nThe man, Aurèle Bissonnette, 79, said he comes every day. "It is cool here," he said.';
    expect(claimOf(text, 'have a fan').attribution.speaker).toBe('Aurèle Bissonnette');
    expect(claimOf(text, 'cool here').attribution.speaker).toBe('Aurèle Bissonnette');
  });

  it('takes the name from "The man, who later identified himself as …", for the quotes before and after', () => {
    const text = 'A man who lives above the store said he woke up to shouting.\n“I heard him yelling for help,” he told CTV News.\nThe man, who later identified himself as Kwame Asante-Boateng, 41, said he has lived there for six years.\n“It’s a good block,” he said.';
    expect(claimOf(text, 'woke up').attribution.speaker).toBe('Kwame Asante-Boateng');
    expect(claimOf(text, 'yelling for help').attribution.speaker).toBe('Kwame Asante-Boateng');
    expect(claimOf(text, 'six years').attribution.speaker).toBe('Kwame Asante-Boateng');
    expect(claimOf(text, 'good block').attribution.speaker).toBe('Kwame Asante-Boateng');
  });

  it('takes the name an unnamed source gives in the sentence she speaks in: "“…,” she said, before giving her name as Yasmin Haddad"', () => {
    const text = 'A young woman who stood beside the memorial said she was the victim’s niece.\n"He came to Canada with nothing," she said, before giving her name as Yasmin Haddad, 26. "And this is how it ends?"';
    expect(claimOf(text, 'victim’s niece').attribution.speaker).toBe('Yasmin Haddad');
    expect(claimOf(text, 'with nothing').attribution.speaker).toBe('Yasmin Haddad');
    expect(claimOf(text, 'how it ends').attribution.speaker).toBe('Yasmin Haddad');
  });

  it('keeps a description when the next "The woman, …" names someone else than the unnamed source', () => {
    const text = '"It is hard," said one fan in the upper deck.\nThe coach, Serge Thériault, said the team was ready.';
    expect(claimOf(text, 'It is hard').attribution.speaker).toBe('one fan');
  });

  it('learns no gender from "X said he …" while another man is in focus: "Okemaw-Ferreira offered …. Grace Nanowin said he had looked after her car"', () => {
    const text = 'Dennis Okemaw-Ferreira ran a garage for 40 years. He met his wife, Ana Ferreira, when she brought her car into his shop.\nSeveral speakers said Okemaw-Ferreira offered free oil changes. Grace Nanowin, 82, said he had looked after her car for free since her husband died.\n"He told me it was because my car was so old," she said.';
    expect(claimOf(text, 'car was so old').attribution.speaker).toBe('Grace Nanowin');
  });

  it('takes a province after a town for a place, never a person: "Dr. Henrik Solberg-Achebe, a physician in Saint John, N.B., … said. “…,” he said"', () => {
    const text = 'Dr. Henrik Solberg-Achebe, an emergency physician in Saint John, N.B., who has written about battery ingestions, said Canada lags behind.\n"We keep treating this as a parenting problem," he said.';
    expect(claimOf(text, 'parenting problem').attribution.speaker).toBe('Henrik Solberg-Achebe');
  });

  it('tests an unnamed speaker’s head for a plural, not the whole description: "The mother of two victims … said …. “…,” she said"', () => {
    const text = 'Mark Lee runs the shelter. "It is full," he said.\nThe mother of two victims, who asked not to be named, said she wants answers.\n"Nobody called us," she said.';
    expect(claimOf(text, 'Nobody called us').attribution.speaker).toBe('mother of two victims');
  });

  it('learns a gender from a speaking pronoun: "“…?” he asked" of Bogdan Wiśniewski, so the "she said" after is the witness', () => {
    const text = 'Harjit Kaur Sandhu testified for the Crown on Monday. Defence lawyer Bogdan Wiśniewski then rose.\n"And you were not wearing your glasses?" he asked.\n"Only for reading," she said.';
    expect(claimOf(text, 'Only for reading').attribution.speaker).toBe('Harjit Kaur Sandhu');
  });

  it('learns no gender from an object: "Nijjar-Lowe said a police dog tracked him …. A knife was recovered, she said" is Nijjar-Lowe', () => {
    const text = 'Harpreet Nijjar-Lowe said the suspect was arrested after a police dog tracked him to a back lane. A knife was recovered, she said.';
    expect(claimOf(text, 'knife was recovered').attribution.speaker).toBe('Harpreet Nijjar-Lowe');
  });

  it('resolves "she" to an unnamed speaker of the sentence before: "A Toronto resident said …. “…,” she said"', () => {
    const text = 'A Toronto resident said the rent had doubled in a year. "We cannot afford it," she said.';
    expect(claimOf(text, 'rent had doubled').attribution.speaker).toBe('Toronto resident');
    expect(claimOf(text, 'cannot afford').attribution.speaker).toBe('Toronto resident');
  });

  it('names people described with where they belong: "Residents in the area said", "The head of the union said"', () => {
    expect(claimOf('Residents in the area said the noise was constant.', 'noise').attribution.speaker).toBe('Residents in the area');
    expect(claimOf('The head of the union said members would vote.', 'would vote').attribution.speaker).toBe('head of the union');
  });

  it('gives a relative clause’s cue to its antecedent: "Smith, who said the plan was flawed, voted against it"', () => {
    const c = claimOf('Mary Smith, who said the plan was flawed, voted against it.', 'flawed');
    expect(c.attribution.speaker).toBe('Mary Smith');
  });

  it('reads a present-tense cue the tagger took for a noun: "The mayor claims that …", "Smith points out that …"', () => {
    expect(claimOf('The mayor claims that the budget is balanced.', 'balanced').attribution.speaker).toBe('mayor');
    expect(claimOf('Jane Smith points out that the numbers are old.', 'numbers are old').attribution.speaker).toBe('Jane Smith');
  });

  it('gives a reporting participle to a described person: "The man posted a video, saying …"', () => {
    expect(claimOf('The man posted a video on Facebook, saying he had been wronged.', 'wronged').attribution.speaker).toBe('man');
  });

  it('prefers the name in apposition to a description whose noun ends someone’s name: "One red-state Democrat, Montana Sen. Jon Tester, said"', () => {
    const text = 'The California Democrat spoke first. One red-state Democrat, Montana Sen. Jon Tester, said Sunday that the wall was a waste.';
    expect(claimOf(text, 'wall was a waste').attribution.speaker).toBe('Jon Tester');
  });

  it('takes a quote with only a linking word outside it for a floating quote: And “…”', () => {
    const text = '“We will fight until the plan is changed,” said Mary Smith.\nAnd “we will not stop.”';
    expect(claimOf(text, 'will not stop').attribution).toMatchObject({ speaker: 'Mary Smith', mode: 'direct' });
  });

  it('lets the person an outlet quotes speak: "…, James Bullard, the president of …, gave an interview noting …, according to CNBC"', () => {
    const text = 'On Jan. 9, James Bullard, the president of the St. Louis Federal Reserve, gave an interview noting his opposition to further rate hikes because they could “endanger an otherwise strong economy,” according to CNBC.';
    const c = claimOf(text, 'endanger');
    expect(c.attribution).toMatchObject({ speaker: 'James Bullard', sourceMention: 'CNBC' });
  });

  it('reads more speech verbs of the profile: countered, disagreed, criticized', () => {
    expect(claimOf('Councillor Jane Doe countered that the plan was sound.', 'plan was sound').attribution).toMatchObject({ speaker: 'Jane Doe', cue: 'countered' });
    expect(claimOf('Jane Doe criticized the plan as “a giveaway.”', 'giveaway').attribution.speaker).toBe('Jane Doe');
  });

  it('learns a speaker’s gender from "X said she …" even with others named in the sentence', () => {
    const text = 'Ngozi Okafor said she would run against Tariq Aziz. Kwame Mensah endorsed Ngozi Okafor on Monday. "We need change," he said.';
    expect(claimOf(text, 'need change').attribution.speaker).toBe('Kwame Mensah');
  });

  it('learns a gender from the role a person is introduced with: "spokesman Tariq Aziz" is no "she"', () => {
    const text = 'Ministry spokesman Tariq Aziz met Ngozi Okafor on Monday. "It was a good meeting," she said.';
    expect(claimOf(text, 'good meeting').attribution.speaker).toBe('Ngozi Okafor');
  });

  it('learns a gender from a description in apposition before a name: "Her father, Tariq Aziz, …"', () => {
    const text = 'Her father, Tariq Aziz, met Ngozi Okafor on Monday. "It was a good meeting," she said.';
    expect(claimOf(text, 'good meeting').attribution.speaker).toBe('Ngozi Okafor');
  });

  it('gives a quote standing alone to the person the sentence before is about, not to someone it mentions who spoke earlier', () => {
    const text = '"We will fight this plan," said Mary Smith.\nTariq Aziz, the councillor, has backed the plan from the start, against Smith.\n"This plan is the best chance the neighbourhood has had in years."';
    expect(claimOf(text, 'best chance').attribution.speaker).toBe('Tariq Aziz');
  });

  it('gives a partial quote in a sentence about a person with no cue to that person, as the GGT’s heuristic quotes do', () => {
    const text = 'Wendy Golden persisted. But she didn’t want her son to be looked on as "another druggie."';
    const c = claimOf(text, 'another druggie');
    expect(c.sieve).toBe('quoted-subject');
    expect(c.attribution).toMatchObject({ speaker: 'Wendy Golden', mode: 'partial' });
  });

  it('finds the subject after a short opener like "Early on,": "… he … became “acutely aware” of …"', () => {
    const text = 'Dave Martell is an addictions doctor in Amherst.\nBut early on, he did have a number of patients die of overdoses, and became "acutely aware" of what can happen.';
    expect(claimOf(text, 'acutely aware').attribution.speaker).toBe('Dave Martell');
  });

  it('leaves a partial quote alone when someone else is named before it or the subject is a body', () => {
    expect(claimOf(cnn, 'His comments came on the heels').attribution.speaker).toBeNull();
    expect(claimOf(cnn, 'ruling Communist Party claims').attribution.speaker).toBeNull();
  });

  it('resolves "it" to a body that was the subject of the sentence before: "Tesla posted a video. It said …"', () => {
    expect(claimOf('Tesla posted a video on Thursday. It said the car handles snow well.', 'handles snow').attribution.speaker).toBe('Tesla');
    expect(claimOf('The company posted a video on Thursday. It said the car handles snow well.', 'handles snow').attribution.speaker).toBe('company');
  });

  it('lets the main clause speak over a subordinate one: "he … said no when reporters asked …"', () => {
    const text = 'Donald Trump met Xi on Thursday. But he shook his head and said no when reporters asked if the meeting would take place before March.';
    expect(claimOf(text, 'shook his head').attribution.speaker).toBe('Donald Trump');
  });

  it('gives every sentence of a quote the speaker of the person in focus once one of them gets it', () => {
    const text = 'Mary Smith, tenant organizer: "We will fight until the plan is changed."\nSmith also had harsh words for the mayor.\n"He promised us everything and delivered nothing. Nothing at all."';
    expect(claimOf(text, 'Nothing at all').attribution.speaker).toBe('Mary Smith');
  });

  it('gives "he" to the person named as subject of the clause before it in the sentence: "… and Pratt was wrong when he said …"', () => {
    const text = 'Finance minister Bill Pratt and his team bought the bridge from Quebec.\nOntario Premier John Carter praised the deal.\nThese are generous terms and Pratt was wrong when he said the price was "fair."';
    expect(claimOf(text, 'price was').attribution.speaker).toBe('Bill Pratt');
  });

  it('gives "A statement said" to the body that spoke the sentence before, even after a ministry named further back', () => {
    const text = 'The ministry confirmed the fire began at noon.\nThe charity Hopewell said its director was among the injured.\nA statement said the group was "deeply shaken" by the news.';
    expect(claimOf(text, 'deeply shaken').attribution.speaker).toBe('Hopewell');
  });

  it('gives what one person says another said to the teller: "At 300 metres, according to X, Y said …"', () => {
    const text = 'At 300 metres, according to Nadia Okafor, Tom Reyes said he could see the sign.';
    expect(claimOf(text, 'see the sign').attribution.speaker).toBe('Nadia Okafor');
  });

  it('gives "he said" to a person named once by surname alone as the subject of the sentence before', () => {
    const text = 'Stacy Lewis said the week was calm. "We are on TV this weekend," said Lewis.\nAsked about the crowds, Mulder didn\'t hesitate.\n"It\'s this for sure," he said.';
    expect(claimOf(text, 'this for sure').attribution.speaker).toBe('Mulder');
  });

  it('resolves "the 34-year-old" to the person last mentioned, not to a name "34-year-old"', () => {
    const text = 'Jane Doe, 34, said the river rose fast.\n"It was terrifying," the 34-year-old said.\nThe 34-year-old said the city was slow.';
    expect(claimOf(text, 'terrifying').attribution.speaker).toBe('Jane Doe');
    expect(claimOf(text, 'city was slow').attribution.speaker).toBe('Jane Doe');
  });

  it('reads "St. Matthew’s United Church" as one body’s name, so "Rev. Jonathan Abernethy-Sun of St. Matthew’s United Church" is the reverend', () => {
    const text = 'Rev. Jonathan Abernethy-Sun of St. Matthew’s United Church, which serves coffee to picketers, said the congregation had to take a stand.\n"Scripture is pretty clear," he said.';
    expect(claimOf(text, 'take a stand').attribution.speaker).toBe('Jonathan Abernethy-Sun');
    expect(claimOf(text, 'Scripture').attribution.speaker).toBe('Jonathan Abernethy-Sun');
  });

  it('gives "the union said", "the ministry said" to the body named before that the noun fits', () => {
    const text = '"These closures are the result of years of restraint," the Ontario Nurses’ Association said in a statement. The union said 600 positions remain vacant.\nOntario’s Ministry of Long-Term Care said it is reviewing staffing.\n"Every resident deserves dignity," the ministry said in an email.';
    expect(claimOf(text, '600 positions').attribution.speaker).toBe('Ontario Nurses’ Association');
    expect(claimOf(text, 'deserves dignity').attribution.speaker).toBe('Ministry of Long-Term Care');
  });

  it('takes a body named "Union" for "the union" before an employers’ "Association" that spoke since', () => {
    const text = 'Tanya Francis-Beals is a member of the bargaining committee for the Nova Scotia Government and General Employees Union.\nThe Home Support Employers Association said its offer was fair.\nNo new talks are scheduled, according to the union.';
    expect(claimOf(text, 'No new talks').attribution.speaker).toContain('Employees Union');
  });

  it('keeps "Health Canada" whole and apart from "Statistics Canada": a title before a place’s name makes a body’s name', () => {
    const text = 'According to Statistics Canada, prices rose 2 per cent.\nHealth Canada said the product was safe.';
    expect(claimOf(text, 'product was safe').attribution.speaker).toBe('Health Canada');
  });

  it('reads an abbreviated title and the name after a cue as one phrase: "…," countered Coun. Diane Deans', () => {
    expect(claimOf('"Not soon enough," countered Coun. Diane Deans.', 'soon enough').attribution.speaker).toBe('Diane Deans');
  });

  it('reads what a document finds or shows as its claim: "The report also found that …", "Court documents show that …", not "Police found that …"', () => {
    expect(claimOf('A ministry inspection report from November found that staffing on two floors was insufficient.', 'insufficient').attribution.speaker).toBe('ministry inspection report from November');
    expect(claimOf('Court documents show that at least nine of the families had no other savings.', 'no other savings').attribution.speaker).toBe('Court documents');
    expect(claimOf('Police found that the door was open.', 'door was open').attribution.speaker).toBeNull();
    expect(claimOf('Her coach, Nathalie Bouchard, revealed that Gagné-Fortin had been ill.', 'had been ill').attribution.speaker).toBe('Nathalie Bouchard');
  });

  it('gives a quoted phrase inside what a subject after an opening phrase reports to that subject: "In his written decision, Justice Hyun-woo Park wrote that the applicants had raised “…”"', () => {
    const text = 'In his written decision, Justice Hyun-woo Park wrote that the applicants had raised “a serious issue.”';
    expect(claimOf(text, 'serious issue').attribution.speaker).toBe('Hyun-woo Park');
  });

  it('gives "the statement said" to whoever just spoke in a statement, not to a readout named earlier', () => {
    const text = 'In a statement posted on its website, the ministry said inspectors had found the companies had taken measures.\nThe council’s president, Bernadette Whitecalf, said in a statement that the industry was "cautiously optimistic."\n"We have seen announcements before," the statement said.';
    expect(claimOf(text, 'announcements before').attribution.speaker).toBe('Bernadette Whitecalf');
  });

  it('reads "according to police" whatever the tagger makes of "to police"', () => {
    expect(claimOf('The killing is the city’s ninth homicide of 2019, according to police.', 'ninth homicide').attribution.speaker).toBe('police');
  });

  it('reads a progressive cue like any other: "Public health officials are warning that …", "Ann Lee is arguing that …"', () => {
    expect(claimOf('Public health officials are warning that hundreds of people may have been exposed.', 'exposed').attribution.speaker).toBe('Public health officials');
    expect(claimOf('Her lawyer, Ann Lee, is arguing that the law is void.', 'law is void').attribution.speaker).toBe('Ann Lee');
  });

  it('reads "according to" through two abbreviated titles: "According to Det. Sgt. Kevin Bjornson, …"', () => {
    const text = 'According to Det. Sgt. Kevin Bjornson, who led the investigation, investigators traced 1,400 transactions.';
    expect(claimOf(text, 'traced 1,400').attribution.speaker).toBe('Kevin Bjornson');
  });

  it('gives a participle or a second verb to the name in apposition: "The hospital’s CEO, Martin Osei, defended …, saying", "The mayor, Jim Watson, praised … and said"', () => {
    const text = 'Tomás Arriaga is a nurse. "We are tired," he said.\nThe hospital’s president and CEO, Martin Osei, defended the decision, saying a planned closure was safer.\nThe mayor, Jim Watson, praised the plan and said it would work.';
    expect(claimOf(text, 'planned closure').attribution.speaker).toBe('Martin Osei');
    expect(claimOf(text, 'would work').attribution.speaker).toBe('Jim Watson');
  });

  it('gives "“…,” said the teacher, Graham Oyelowo-Bennett" to the name, not to the person "the teacher" alone would mean', () => {
    const text = 'Noor Al-Sayed is 17. “She is the student who stays after class,” said the teacher, Graham Oyelowo-Bennett.';
    expect(claimOf(text, 'stays after class').attribution.speaker).toBe('Graham Oyelowo-Bennett');
  });

  it('gives "Ontario’s Minister of Economic Development, Victoria Szabo-Nnamdi, said" to the minister, and "Navdeep Bains, Minister of Innovation, Science and …, said" still to Bains', () => {
    const text = 'Ontario’s Minister of Economic Development, Victoria Szabo-Nnamdi, said the province was disappointed.\nNavdeep Bains, Minister of Innovation, Science and Economic Development, said the policy was broad.';
    expect(claimOf(text, 'disappointed').attribution.speaker).toBe('Victoria Szabo-Nnamdi');
    expect(claimOf(text, 'policy was broad').attribution.speaker).toBe('Navdeep Bains');
  });

  it('keeps particles inside a name: "Their lawyer, Benoît de la Fontaine, said", then "de la Fontaine said" and "Fontaine said" are him', () => {
    const text = 'Their lawyer, Benoît de la Fontaine, said the court granted the stay.\n"The officer did not engage," de la Fontaine said.\nUrsula von der Leyen said the union would act.';
    expect(claimOf(text, 'granted the stay').attribution.speaker).toBe('Benoît de la Fontaine');
    expect(claimOf(text, 'did not engage').attribution.speaker).toBe('Benoît de la Fontaine');
    expect(claimOf(text, 'union would act').attribution.speaker).toBe('Ursula von der Leyen');
  });

  it('gives "The first witness, Const. Jason Whitford of Toronto police, testified" to the name, which carries its own phrase', () => {
    const text = 'The first witness, Const. Jason Whitford of Toronto police, testified that he arrived to find Medeiros conscious.';
    expect(claimOf(text, 'arrived to find').attribution.speaker).toBe('Jason Whitford');
  });

  it('finds the name in apposition after an opening phrase: "At a regular briefing in Beijing, a spokesperson for the ministry, Gao Wenjie, said"', () => {
    const text = 'At a regular briefing in Beijing, a spokesperson for the ministry, Gao Wenjie, said the decision was based on science.';
    expect(claimOf(text, 'based on science').attribution.speaker).toBe('Gao Wenjie');
  });

  it('gives "Whitfield and her co-authors wrote that …" to Whitfield, who leads the people who are hers', () => {
    const text = 'Naomi Whitfield led the dig. In the paper, Whitfield and her co-authors wrote that the new species appears to be an "intermediate form."';
    expect(claimOf(text, 'new species').attribution.speaker).toBe('Naomi Whitfield');
  });

  it('gives "The mayor, Jim Watson, said" to the name in apposition, not to the person last mentioned', () => {
    const text = '"We are ready," Mark Ward told reporters.\nThe mayor, Jim Watson, said the city would act.';
    expect(claimOf(text, 'city would act').attribution.speaker).toBe('Jim Watson');
  });

  it('gives "The city’s spokesperson, Dana Reid, said" to the name, and keeps an unnamed official who asked not to be named', () => {
    const text = 'The city’s spokesperson, Dana Reid, said in an email that crews were on it.\nA senior official, who asked not to be named, said the talks failed.';
    expect(claimOf(text, 'crews were on it').attribution.speaker).toBe('Dana Reid');
    expect(claimOf(text, 'talks failed').attribution.speaker).toBe('senior official');
  });

  it('takes any verb after a closing quote and a pronoun as the cue: "…," she laughs', () => {
    const text = 'Linda Grant has run the shelter for a decade.\n"Build it and they will come," she laughs.';
    expect(claimOf(text, 'they will come').attribution).toMatchObject({ speaker: 'Linda Grant', cue: 'laughs' });
  });

  it('reads posting on a named platform as speech, and a posted video as none: "Ford posted on Twitter that …"', () => {
    const text = 'Premier Doug Ford posted on Twitter that the province would fight the ruling.\nMia Chen shared on her Instagram page, "We did it."\nThe club posted a video to its Twitter feed in which a player takes "snow laps".';
    expect(claimOf(text, 'fight the ruling').attribution).toMatchObject({ speaker: 'Doug Ford', cue: 'posted' });
    expect(claimOf(text, 'We did it').attribution.speaker).toBe('Mia Chen');
    expect(claimOf(text, 'snow laps').attribution.speaker).toBeNull();
  });

  it('takes no one from a photo credit: "(Lauren Ng / City News)" is not who "she" means next', () => {
    const text = 'Nadia Jamil, principal researcher at the shelter, said the project began in January.\nThe city will set up three tents.\n(Lauren Ng / City News)\n"Some people are just not interested in being housed," she added.';
    expect(claimOf(text, 'not interested').attribution.speaker).toBe('Nadia Jamil');
  });

  it('gives what follows a colon to the owner of a message: "Her message now is simple: …", not "The plan is simple: …"', () => {
    const text = 'Wendy Golden lost her son in 2015.\nHer message now is simple: don\'t share or sell prescriptions.\nThe plan is simple: build more homes.';
    expect(claimOf(text, 'sell prescriptions').attribution.speaker).toBe('Wendy Golden');
    expect(claimOf(text, 'build more homes').attribution.speaker).toBeNull();
  });

  it('reads a perfect participle tagged as an adjective as the cue: "…, and have alleged in court documents that …"', () => {
    const text = 'Okafor’s lawyers are preparing a motion, and have alleged in court documents that the case was flawed.\nThe house has aged well.';
    expect(claimOf(text, 'case was flawed').attribution.speaker).toBe('Okafor’s lawyers');
    expect(claimOf(text, 'aged well').attribution.speaker).toBeNull();
  });

  it('keeps "she" away from a person named before it whose gender nothing tells', () => {
    const text = 'Lisa Harris met the party on Monday.\nShe heard that Vickers was considering a run, and she said the two had a chat.';
    expect(claimOf(text, 'had a chat').attribution.speaker).toBe('Lisa Harris');
  });

  it('reads "said" after a name as the cue even where the tagger calls the name a verb and "said" an adjective', () => {
    const text = 'Regional chair Kalinda Burke said crews were ready.\nBurke said the maps would change.\nThe said property was sold.';
    expect(claimOf(text, 'crews were ready').attribution.speaker).toBe('Kalinda Burke');
    expect(claimOf(text, 'maps would change').attribution.speaker).toBe('Kalinda Burke');
    expect(claimOf(text, 'property was sold').attribution.speaker).toBeNull();
  });

  it('does not read a quoted phrase followed by its verb as a quote and its speaker: Paylark said an “unauthorized third party” gained access', () => {
    const text = 'Paylark said an “unauthorized third party” gained access to its records.\n“We will win,” quipped Green.';
    expect(claimOf(text, 'gained access').attribution.speaker).toBe('Paylark');
    expect(claimOf(text, 'We will win').attribution.speaker).toBe('Green');
  });

  it('reads the name in apposition after "a spokesperson for the ministry" as the speaker', () => {
    const text = 'A spokesperson for the ministry, Priya Raman, said the deadline had passed.\nAn expert cited in the report, which looked at the city, said rents rose.';
    expect(claimOf(text, 'deadline had passed').attribution.speaker).toBe('Priya Raman');
    expect(claimOf(text, 'rents rose').attribution.speaker).toBe('expert');
  });

  it('never gives "he" a company named like a person ("Northgate Foods"), nor "the regulator" a person', () => {
    const text = 'Richard Okoye, chief executive of Northgate Foods, said profits rose.\nAsked whether the company would keep all Northgate stores open, he declined.\n“We will look at every location,” he said.\nOliver Oakley, 12, measured the spills.\nThe regulator said the firm has until May.';
    expect(claimOf(text, 'every location').attribution.speaker).toBe('Richard Okoye');
    expect(claimOf(text, 'until May').attribution.speaker).toBe('regulator');
  });

  it('gives "she" to the person a sentence opens on ("As for …", "When … arrived"), not to the speaker before', () => {
    const text = 'Glen Ostrowski said the gala would change.\nAs for Autumn Bearspaw, she says she is heading back to the studio.\nGlen Ostrowski said the show ran long.\nWhen Jody Wilson-Raybould arrived, she said the vote was close.\nGlen Ostrowski said the crowd left.\nMacharia and colleagues hid under desks, he said.';
    expect(claimOf(text, 'heading back').attribution.speaker).toBe('Autumn Bearspaw');
    expect(claimOf(text, 'vote was close').attribution.speaker).toBe('Jody Wilson-Raybould');
    expect(claimOf(text, 'hid under desks').attribution.speaker).toBe('Glen Ostrowski');
  });

  it('reads no cue in a participle that modifies a noun ("the state’s most stressed aquifers", "its stated goal")', () => {
    const text = 'Teresa Valdez vetoed the bill, saying it would “open the door to a free-for-all” in the state’s most stressed aquifers.\nIts stated goal was growth.';
    expect(claimOf(text, 'stressed aquifers').attribution.speaker).toBe('Teresa Valdez');
    expect(claimOf(text, 'stated goal').attribution.speaker).toBeNull();
  });

  it('skips a dateline with its wire or region before the subject ("PHOENIX (AP) —", "VANCOUVER, B.C. —")', () => {
    const text = 'PHOENIX (AP) — Arizona Gov. Teresa Valdez vetoed a bill, saying the measure was rushed.\nVANCOUVER, B.C. — Jane Smith unveiled a plan, saying it would help.';
    expect(claimOf(text, 'measure was rushed').attribution.speaker).toBe('Teresa Valdez');
    expect(claimOf(text, 'it would help').attribution.speaker).toBe('Jane Smith');
  });

  it('keeps a cue verb that opens the sentence out of the name ("Added Singh: …")', () => {
    const text = 'Anita Singh spoke first.\nAdded Singh: “We will keep going.”';
    expect(claimOf(text, 'keep going').attribution.speaker).toBe('Anita Singh');
  });

  it('reads a plural possessive inside a body’s name, not as a closing quote: “The Ontario Nurses’ Association said”', () => {
    const text = 'The Ontario Nurses’ Association, which represents 68,000 nurses, said staffing levels were unsafe.\nThe Canadian Taxpayers\' Federation said the tax was unfair.\nThe nurses’ union said it was unsafe.\n“We sell only comics,’’ says the founder of the store.';
    expect(claimOf(text, 'staffing levels').attribution).toMatchObject({ speaker: 'Ontario Nurses’ Association', mode: 'indirect' });
    expect(claimOf(text, 'tax was unfair').attribution.speaker).toBe('Canadian Taxpayers\' Federation');
    expect(claimOf(text, 'it was unsafe').attribution).toMatchObject({ speaker: 'nurses’ union', mode: 'indirect' });
    expect(claimOf(text, 'sell only comics').attribution).toMatchObject({ speaker: 'founder', mode: 'direct' });
  });

  it('keeps a title word that begins a body’s name ("according to Health Quality Ontario")', () => {
    const text = 'Patients wait 20 hours, according to Health Quality Ontario.\nFinance Minister Chrystia Freeland said the deficit would shrink.';
    expect(claimOf(text, 'Patients wait').attribution.speaker).toBe('Health Quality Ontario');
    expect(claimOf(text, 'deficit would shrink').attribution.speaker).toBe('Chrystia Freeland');
  });

  it('drops a role noun capitalised at the sentence’s start from the full name after it ("Neighbour Tom Baker says")', () => {
    const text = 'Neighbour Tom Baker says he heard three shots.\n“I thought it was fireworks,” says Baker, 61.\nJustice Minister Jody Wilson-Raybould said the law was sound.';
    expect(claimOf(text, 'three shots').attribution.speaker).toBe('Tom Baker');
    expect(claimOf(text, 'fireworks').attribution.speaker).toBe('Tom Baker');
    expect(claimOf(text, 'law was sound').attribution.speaker).toBe('Jody Wilson-Raybould');
    const evacuee = 'Evacuee Linda Park said she grabbed her cat.\nRenee Anne Smith said the road was closed.';
    expect(claimOf(evacuee, 'grabbed her cat').attribution.speaker).toBe('Linda Park');
    expect(claimOf(evacuee, 'road was closed').attribution.speaker).toBe('Renee Anne Smith');
  });

  it('reads a body’s name through "of" ("the Toronto Region Board of Trade", "the Bank of Canada"), not a person’s ("Richard Shelby of Alabama")', () => {
    const text = 'The Toronto Region Board of Trade said the tax would hurt businesses.\nThe Bank of Canada said rates would fall.\nRichard Shelby of Alabama said the bill was dead.\nBank of Canada Governor Tiff Macklem said inflation had eased.';
    expect(claimOf(text, 'hurt businesses').attribution.speaker).toBe('Toronto Region Board of Trade');
    expect(claimOf(text, 'rates would fall').attribution.speaker).toBe('Bank of Canada');
    expect(claimOf(text, 'bill was dead').attribution.speaker).toBe('Richard Shelby');
    expect(claimOf(text, 'inflation had eased').attribution.speaker).toBe('Tiff Macklem');
    const assembly = 'According to a statement from the Assembly of First Nations, the chiefs will meet next week.';
    expect(claimOf(assembly, 'chiefs will meet').attribution.speaker).toBe('Assembly of First Nations');
  });

  it('takes a profile pattern that refers back ("the ministry") for no named body ("the Ministry of Health")', () => {
    const text = 'The Ministry of Health said the plan was sound.\nThe ministry said the talks were candid.';
    expect(claimOf(text, 'plan was sound').attribution).toMatchObject({ speaker: 'Ministry of Health', channel: 'named-source' });
    expect(claimOf(text, 'talks were candid').attribution).toMatchObject({ speaker: null, channel: 'chinese-state' });
  });

  it('gives an opening quote to the person a sentence after it names: "That was how Gurpreet Sandhu described …"', () => {
    const text = '"There was water everywhere. We lost everything."\n\nThat was how Gurpreet Sandhu, 52, described the night the creek burst its banks.';
    expect(claimOf(text, 'water everywhere').attribution).toMatchObject({ speaker: 'Gurpreet Sandhu', mode: 'direct' });
    expect(claimOf(text, 'lost everything').attribution.speaker).toBe('Gurpreet Sandhu');
  });

  it('takes "the first witness" for someone new, and her "she" for her (a "witness" is one person, not a plural)', () => {
    const text = 'Crown prosecutor Alicia Murray told the jury the robbery was planned.\nThe first witness, a bank teller who cannot be named, testified that the robber wore a blue mask.\n“I was terrified,” she told the court.';
    expect(claimOf(text, 'blue mask').attribution.speaker).toBe('first witness');
    expect(claimOf(text, 'I was terrified').attribution.speaker).toBe('first witness');
  });

  it('takes "the mother of one victim" for someone new, and "the woman" just after for her', () => {
    const text = 'Ottawa police Chief Eric Stubbs said officers followed procedure.\nThe mother of one victim, who asked not to be named, said she was “sickened.”\n“Nobody called us,” the woman said.';
    expect(claimOf(text, 'sickened').attribution.speaker).toBe('mother of one victim');
    expect(claimOf(text, 'Nobody called us').attribution.speaker).toBe('mother of one victim');
  });

  it('reads a given name alone in apposition as the speaker, and keeps its gender against a pronoun about someone else', () => {
    const text = 'Store manager Kevin O’Brien said staff were safe.\nO’Brien’s wife, Sheila, said he had not slept.\n“He feels responsible,” she said.';
    expect(claimOf(text, 'had not slept').attribution.speaker).toBe('Sheila');
    expect(claimOf(text, 'feels responsible').attribution.speaker).toBe('Sheila');
  });

  it('keeps an acronym the tagger calls an auxiliary in the speaker’s phrase ("An SHA spokesperson said")', () => {
    expect(claimOf('An SHA spokesperson said patients were moved.', 'patients').attribution).toMatchObject({ speaker: 'SHA spokesperson', sourceMention: 'An SHA spokesperson' });
  });

  it('gives a family name two people share to the first of them who spoke ("Gallant said" after "her father, Ray Gallant")', () => {
    const text = 'Megan Gallant won the final.\n“I just listened to the sweepers,” Gallant said.\nHer father, Ray Gallant, coached the team.\n“I have been crying since the ninth end,” Ray said.\n“Tomorrow we go back to work,” Gallant said.\nJason LeBlanc died in 2017.\nHis father, Ernie LeBlanc, says the system failed.\n“He needed help,” LeBlanc said.';
    expect(claimOf(text, 'back to work').attribution.speaker).toBe('Megan Gallant');
    expect(claimOf(text, 'He needed help').attribution.speaker).toBe('Ernie LeBlanc');
  });

  it('reads a plural noun for people opening a sentence as a group, never a name ("Tenants want …. They say …", "Officials said")', () => {
    const text = 'The owners of the building say they are not responsible.\nTenants want rent reductions. They say the landlord ignored them.\nOfficials said the road would reopen.';
    expect(claimOf(text, 'landlord ignored').attribution.speaker).toBe('Tenants');
    expect(claimOf(text, 'road would reopen').attribution.channel).toBe('anonymous-official');
  });

  it('gives a body described with where it is the cue ("China’s embassy in Ottawa warned"), not the place', () => {
    const text = 'China’s embassy in Ottawa warned Canada against “protectionism.”';
    expect(claimOf(text, 'protectionism').attribution.speaker).toBe('China’s embassy in Ottawa');
  });

  it('reads the family name before a suffix ("Vladimir Guerrero Jr." … "Guerrero said")', () => {
    const text = 'Star first baseman Vladimir Guerrero Jr. said he was surprised.\n“I found out this morning,” Guerrero said.';
    expect(claimOf(text, 'found out').attribution.speaker).toBe('Vladimir Guerrero Jr.');
  });

  it('gives the cue after a restrictive relative clause to its antecedent ("A Calgary woman who lost her home in a fire says")', () => {
    const text = 'A Calgary woman who lost her home in a fire says her insurer is refusing to pay.\nVoters who backed the plan said it was overdue.';
    expect(claimOf(text, 'refusing to pay').attribution.speaker).toBe('Calgary woman');
    expect(claimOf(text, 'overdue').attribution.speaker).toBe('Voters');
  });

  it('gives "the member said" to a person just quoted unnamed ("A member of the group, who asked not to be named, said"), over a quote of two sentences', () => {
    const text = 'Margaret Cheung said the group was patient.\nA member of the sponsorship group, who asked not to be named, said the delays nearly broke the group.\n“We lost three members along the way. They just gave up,” the member said.\nA longtime employee at the mine, who spoke on condition of anonymity, said workers had raised concerns.\n“Everybody knew about the wet spot,” the employee said.';
    expect(claimOf(text, 'They just gave up').attribution.speaker).toBe('member of the sponsorship group');
    expect(claimOf(text, 'We lost three').attribution.speaker).toBe('member of the sponsorship group');
    expect(claimOf(text, 'wet spot').attribution.speaker).toBe('longtime employee');
  });

  it('reads "posted on social media that …" as a cue, like "posted on Facebook that …"', () => {
    const text = 'Elise Janvier, a researcher with the Northern Waters Coalition, posted on social media that the spill was what her group had warned about.\nThe union posted on Facebook that members had voted.';
    expect(claimOf(text, 'the spill was').attribution).toMatchObject({ speaker: 'Elise Janvier', cue: 'posted' });
    expect(claimOf(text, 'members had voted').attribution.cue).toBe('posted');
  });

  it('reads "who asked not to be named" as no speech, and "described … as" as reporting for a person described', () => {
    const text = 'Janet Urquhart said the union had filed complaints.\nA nurse at the hospital, who asked not to be named because she fears losing her job, described Saturday night as chaotic.\n“You walk in and the board is red,” she said.';
    expect(claimOf(text, 'as chaotic').attribution).toMatchObject({ speaker: 'nurse', cue: 'described … as' });
    expect(claimOf(text, 'board is red').attribution.speaker).toBe('nurse');
  });

  it('keeps "the airline", "the health authority", "the provincial body" next to a quote for bodies, not the person in focus', () => {
    const text = 'Union president Frédérique Tanguay said pilots were ready.\n“We are deeply disappointed,” the airline said.\n“We apologize to anyone who waited,” the health authority said.\n“It would be inappropriate to comment,” the provincial body said.';
    expect(claimOf(text, 'deeply disappointed').attribution.speaker).toBe('airline');
    expect(claimOf(text, 'anyone who waited').attribution.speaker).toBe('health authority');
    expect(claimOf(text, 'inappropriate').attribution.speaker).toBe('provincial body');
  });

  it('reads a name with an elided particle ("Ricky d’Entremont" … "said d’Entremont") as the person’s', () => {
    const text = 'Joseph Paul said the fishery was legal.\nRicky d’Entremont, who has fished out of Meteghan for 38 years, said stocks were falling.\n“I don’t cut anybody’s traps,” said d’Entremont, whose father fished the same grounds.\n“You ask DFO a question, you get a press release,” he continued.';
    expect(claimOf(text, 'cut anybody').attribution.speaker).toBe('Ricky d’Entremont');
    expect(claimOf(text, 'press release').attribution.speaker).toBe('Ricky d’Entremont');
  });
});

describe('attribute: real web news', () => {
  it('reads a past-tense cue the tagger takes for an adjective ("the campaign alleged (earlier this week) that …")', () => {
    const text = 'Mwangi’s campaign alleged that ballots had been destroyed in two counties.';
    expect(claimOf(text, 'ballots had been').attribution.speaker).toBe('Mwangi’s campaign');
    const later = 'Lawyers for the family alleged earlier this week that the video showed a beating.';
    expect(claimOf(later, 'video showed').attribution.speaker).toBe('Lawyers for the family');
  });

  it('skips a dateline that lost its dash on a scraped page ("GENEVA The panel …"), and a panel is a body that speaks', () => {
    const text = 'GENEVA The UN weather panel issued a stark report on Monday, saying glaciers were melting faster than forecast.';
    expect(claimOf(text, 'glaciers were').attribution.speaker).toBe('UN weather panel');
  });

  it('skips a dateline with a colon opening the article ("New Delhi: Admitting that …, the Health Ministry confirmed …")', () => {
    const text = 'New Delhi: Admitting that dengue cases have risen this year, the Health Ministry on Saturday confirmed that 32,091 cases were recorded.';
    expect(claimOf(text, 'dengue cases have risen').attribution.speaker).toBe('Health Ministry');
  });

  it('finds the speaker before its acronym in brackets ("…, the Canadian Union of Public Employees (CUPE) said")', () => {
    const text = 'The cuts are deep, the Canadian Union of Public Employees (CUPE) said. The Ontario Nurses and Midwives Association (ONMA) said wards were full.';
    expect(claimOf(text, 'cuts are deep').attribution.speaker).toBe('Canadian Union of Public Employees');
    expect(claimOf(text, 'wards were full').attribution.speaker).not.toBeNull();
  });

  it('reaches past an acronym in brackets before a parenthetical ("Observers from the Southern African Development Community (SADC), as well as …, said")', () => {
    const text = 'Election observers from the Southern African Development Community (SADC), as well as the Commonwealth and the European Union, said the campaign was marred by intimidation.';
    expect(claimOf(text, 'marred by').attribution.speaker).toBe('Election observers');
  });

  it('reads "accepted that …" as reporting, but not "accepted the award"', () => {
    const text = 'Speaking after the final, Helmot accepted that the middle order failed to score. He accepted the award on behalf of the team.';
    expect(claimOf(text, 'middle order').attribution.speaker).toBe('Helmot');
    expect(claimOf(text, 'the award').attribution.speaker).toBeNull();
  });

  it('gives the cue after a relative clause to its subject past the subject\'s own phrase ("Workers at the store who spoke to the media after the vote said")', () => {
    const text = 'Workers at the Seattle store who spoke to the media after the vote said their win would make a difference.';
    expect(claimOf(text, 'make a difference').attribution.speaker).toBe('Workers');
  });


  it('keeps "she" for the named speaker when someone unnamed speaks inside what she reports ("Ybarra said she was stunned when a customer told her that …")', () => {
    const text = 'Ybarra said she was stunned the first time a customer told her that they supported the union.\n\n“They are also excited for us,” she said.';
    expect(claimOf(text, 'excited for us').attribution.speaker).toBe('Ybarra');
  });

  it('hears no one in "Neither X nor Y responded", and reads "who police say" after it', () => {
    const text = 'Neither Halifax police nor NS Emergency Health Services responded to questions about the driver, who police say hit three cyclists.';
    expect(claimOf(text, 'hit three cyclists').attribution.speaker).toBe('police');
  });

  it('hears no speech in "will add X to Y", so "experts say" later in the sentence speaks', () => {
    const text = 'The closure this spring will add hundreds of drivers to the jobless rolls at a time when economists say hiring has stalled.';
    expect(claimOf(text, 'hiring has stalled').attribution.speaker).toBe('economists');
    const said = 'Okafor added the plan to widen the road was never costed.';
    expect(claimOf(said, 'never costed').attribution.speaker).toBe('Okafor');
  });

  it('reads a quantifier as the speaker ("Some argued …", "Both admitted …", "One of them said …")', () => {
    const text = 'Council split on the curfew. Some argued the curfew had done its job. Both candidates spoke. Both admitted they had misjudged the mood. Two guards saw the fire. One of them said the alarm never sounded.';
    expect(claimOf(text, 'done its job').attribution.speaker).toBe('Some');
    expect(claimOf(text, 'misjudged').attribution.speaker).toBe('Both');
    expect(claimOf(text, 'alarm never').attribution.speaker).toBe('One of them');
  });

  it('keeps a capitalised verb inside a name ("Silong Express") and capitalised particles ("Erick De Los Reyes")', () => {
    const text = 'Alla Subbotina, the owner of a Ukrainian bakery, said her customers are loyal.\nErick De Los Reyes, the owner of Manila Express, said the festival doubles his sales.';
    expect(claimOf(text, 'doubles his sales').attribution.speaker).toBe('Erick De Los Reyes');
  });

  it('takes no plural common noun opening a sentence for a one-word name ("Pastures are …")', () => {
    const text = 'Rowan Pike farms east of the river. Pastures are thin this year. "We know the yields will be down," he explained.';
    expect(claimOf(text, 'yields will be').attribution.speaker).toBe('Rowan Pike');
  });

  it('puts a name in an opening phrase after the sentence\'s subject ("In an interview with X, Y dismissed …. He …")', () => {
    const text = 'In an interview with Harbour Radio’s breakfast show, Tom Reyes dismissed the plan. He was scathing of the cuts, claiming they would hurt renters.';
    expect(claimOf(text, 'hurt renters').attribution.speaker).toBe('Tom Reyes');
    // Even when the person in the opening phrase has spoken before.
    const debate = 'Mark Ortiz said the plan was sound. In a debate with Mark Ortiz on Monday, Tom Reyes dismissed the plan. He was scathing of the cuts, claiming they would hurt renters.';
    expect(claimOf(debate, 'hurt renters').attribution.speaker).toBe('Tom Reyes');
  });

  it('drops letters after a name and honorifics without a dot ("Mr Daw QC" is Chris Daw)', () => {
    const text = 'Defence barrister Chris Daw QC said the witness had lied. Mr Daw QC said the email “looked really terrible”. Ms Hill MP said nothing.';
    expect(claimOf(text, 'witness had lied').attribution.speaker).toBe('Chris Daw');
    expect(claimOf(text, 'looked really').attribution.speaker).toBe('Chris Daw');
    expect(claimOf(text, 'said nothing').attribution.speaker).toBe('Hill');
  });

  it('gives "he" to the person who reports earlier in the same sentence, gender unknown ("Crenshaw said while …, he said …")', () => {
    const text = 'Chief executive Shou Zi Chew said the app was safe. Rep. Dale Crenshaw closed the hearing. Crenshaw said while the app may not have shared data yet, he said it could be forced to comply.';
    expect(claimOf(text, 'forced to comply').attribution.speaker).toBe('Dale Crenshaw');
  });

  it('gives "he" to the owner of a document that reports earlier in the sentence ("While Johnston’s report said …, he said …")', () => {
    const text = 'Pierre Poilievre criticized David Johnston on Tuesday. While Johnston’s report said interference is real, he said he has seen no evidence the government failed to act.';
    expect(claimOf(text, 'no evidence').attribution.speaker).toBe('David Johnston');
  });

  it('takes the one told for no speaker after a role in apposition ("Joshua Roy, forward, told Global News")', () => {
    const text = 'Team Canada won gold again on Friday. It was a night to remember for the whole team, Marc Roy, forward, told Global News.';
    expect(claimOf(text, 'night to remember').attribution.speaker).toBe('Marc Roy');
  });

  it('reads any verb after a quote and a titled name as its cue ("“…,” CEO Mark Zuckerberg began in a letter")', () => {
    const text = '“Today I am sharing some of the hardest changes we have made,” CEO Mark Zuckerberg began in a letter to staff.';
    expect(claimOf(text, 'hardest changes').attribution.speaker).toBe('Mark Zuckerberg');
  });

  it('ends a subject before a hyphenated phrasal verb ("Cheney doubled-down on …, saying"), not inside "the laid-back resident"', () => {
    const text = 'Rita Cheney praised the report. At a town hall Tuesday, Cheney doubled-down on her support, saying that it showed what the city could do.';
    expect(claimOf(text, 'what the city could').attribution.speaker).toBe('Rita Cheney');
    const laidBack = '“You’re talking about one genre,” points out the laid-back Cambridge resident.';
    expect(claimOf(laidBack, 'one genre').attribution.speaker).toBe('laid-back Cambridge resident');
  });

  it('takes "Authorities" opening a sentence for a group that speaks, not a one-word name "he" may mean', () => {
    const text = 'Authorities posted an update on Tuesday, saying the road was closed. He said the road was flooded.';
    expect(claimOf(text, 'road was closed').attribution.speaker).toBe('Authorities');
    expect(claimOf(text, 'road was flooded').attribution.speaker).toBeNull();
  });

  it('reads a ruling or a finding before "that" as speech ("Justice X ruled that …"), not "ruled out"', () => {
    const text = 'On Friday, Justice Mira Sandhu ruled that the search was unlawful. The premier ruled out a new inquiry. Fire investigators determined that the blaze was accidental.';
    expect(claimOf(text, 'search was unlawful').attribution.speaker).toBe('Mira Sandhu');
    expect(claimOf(text, 'ruled out').attribution.speaker).toBeNull();
    expect(claimOf(text, 'blaze was').attribution.speaker).toBe('Fire investigators');
  });

  it('reads "requested that", "signalled that" and "questioned whether" as speech, and "who said" after a name without its comma', () => {
    const text = 'Defence lawyer Ruth Ames requested that the jury be sequestered. The union has signalled that it would appeal. Some councillors have questioned whether the mayor should stay. Jurors were brought back by Judge Omar Reid who said he wanted a word.';
    expect(claimOf(text, 'jury be sequestered').attribution.speaker).toBe('Ruth Ames');
    expect(claimOf(text, 'it would appeal').attribution.speaker).toBe('union');
    expect(claimOf(text, 'mayor should stay').attribution.speaker).toBe('Some councillors');
    expect(claimOf(text, 'wanted a word').attribution.speaker).toBe('Omar Reid');
  });

  it('reads "Per X," and "According X" (its "to" lost) like "according to", and leaves out an acronym in brackets', () => {
    const text = 'Per Chief Cerelyn Davis, five officers were fired last week. According the Retail Council of Canada (RCC), sales fell in May. According to the Ontario Medical Association (OMA), wait times grew. The fee rose per the contract.';
    expect(claimOf(text, 'five officers').attribution.speaker).toBe('Cerelyn Davis');
    expect(claimOf(text, 'sales fell').attribution.speaker).toBe('Retail Council of Canada');
    expect(claimOf(text, 'wait times').attribution.speaker).toBe('Ontario Medical Association');
    expect(claimOf(text, 'per the contract').attribution.speaker).toBeNull();
  });

  it('takes no place for a person: "outside of Santa Fe, New Mexico," names no one "the officer" may mean', () => {
    const text = 'The crash happened on a ranch outside of Santa Fe, New Mexico, on Friday. “We are looking into it,” the officer said.';
    expect(claimOf(text, 'looking into it').attribution.speaker).toBe('officer');
  });

  it('does not reach back past a clause of its own for the subject of a relative clause ("THE armorer who …, and sources say …")', () => {
    const text = 'The armorer who handled the gun has shut down her accounts, and sources say she did so on legal advice.';
    expect(claimOf(text, 'legal advice').attribution.speaker).toBe('sources');
  });

  it('gives a quote paragraph that says "I", after a group spoke, to the person last quoted', () => {
    const text = '“We have talked to his mother,” said Chief James Craig.\n\nPolice say the man did not have a long criminal history.\n\n“We do not know if he was depressed. I will just make reference to his post.”\n\nResidents say the street is quiet.\n\n“We never lock our doors.”';
    expect(claimOf(text, 'know if he was').attribution.speaker).toBe('James Craig');
    expect(claimOf(text, 'reference to his post').attribution.speaker).toBe('James Craig');
    expect(claimOf(text, 'lock our doors').attribution.speaker).toBe('Residents');
  });

  it('carries a speaker into a quote paragraph past a line cleaning left out ("Sign up for …")', () => {
    const text = 'Health Minister Jane Smith said the count was wrong.\n\nA union spokesperson said the figures were accurate.\n\nSign up for our weekly newsletter\n\n“We have counted the same way for 18 years.”';
    const at = text.indexOf('Sign up');
    const segs = segment(text, { ...none, skip: [{ start: at, end: text.indexOf('\n', at) }] });
    const out = explain(text, segs, builtInProfile);
    expect(out[segs.findIndex((s) => text.slice(s.start, s.end).includes('18 years'))]!.attribution.speaker).toBe('union spokesperson');
  });

  it('takes a name owned with no given name for a body ("Toronto’s Daily Bread"), and a role at it for the name before it', () => {
    const text = 'Neil Hetherington, CEO of Toronto’s Daily Bread, which supports more than 200 food programs, said demand has never been higher.\n\n“You put all of those things together,” he said.';
    expect(claimOf(text, 'never been higher').attribution.speaker).toBe('Neil Hetherington');
    expect(claimOf(text, 'all of those things').attribution.speaker).toBe('Neil Hetherington');
    const of = 'Jessica González, CEO of Free Press, which is part of the coalition, said she met with Musk.';
    expect(claimOf(of, 'met with Musk').attribution.speaker).toBe('Jessica González');
  });

  it('gives a statement from a person described in apposition to that person ("A statement from Perrin Beatty, president of …, says")', () => {
    const text = 'Labour Minister Seamus O’Regan said the deal was fair. A statement from Perrin Beatty, president and CEO of the Canadian Chamber of Commerce, says his organization welcomes the action.';
    expect(claimOf(text, 'welcomes the action').attribution.speaker).toBe('Perrin Beatty');
  });

  it('reads "a Thursday statement from X", "By the time X …, she says", and "said X prior to …"', () => {
    const statement = 'Imperial expressed regret. “We have expressed our regret to the community,” said a Thursday statement from Jamie Long, a senior vice-president.';
    expect(claimOf(statement, 'expressed our regret').attribution.speaker).toBe('Jamie Long');
    const byTheTime = 'By the time Stephanie Cox turned to the divisional court to protect her client, she says she had tried 28 times to reach the board.';
    expect(claimOf(byTheTime, 'tried 28 times').attribution.speaker).toBe('Stephanie Cox');
    const prior = 'An asset cap is the worst case for the bank, said analyst Lemar Persaud prior to the announcement.';
    expect(claimOf(prior, 'asset cap').attribution.speaker).toBe('Lemar Persaud');
  });

  it('takes no phrase naming things for the speaker after the cue ("…, Ont., say lengthy delays at the board are causing …")', () => {
    const text = 'Advocates for landlords and tenants in Thunder Bay, Ont., say lengthy delays at the Landlord Tenant Board and procedural changes are causing headaches.';
    expect(claimOf(text, 'causing headaches').attribution.speaker).not.toBe('lengthy delays');
  });

  it('skips a time opening the sentence to find its subject ("Last Thursday, the RCMP sent …, telling them …")', () => {
    const text = 'Last Thursday, the RCMP sent a letter to the chiefs, telling them the force intends to leave the road.';
    expect(claimOf(text, 'force intends').attribution.speaker).toBe('RCMP');
  });

  it('reaches the subject past a relative clause set off by commas that holds a list ("The union, whose members include A, B, C and D, says")', () => {
    const text = 'The union, whose members include educational assistants, clerical staff, custodians and early childhood educators, says wages are no longer the key issue.';
    expect(claimOf(text, 'no longer the key').attribution.speaker).toBe('union');
    const inside = 'The label, which Biden had used to describe Xi, drew the ire of Beijing.';
    expect(claimOf(inside, 'drew the ire').attribution.speaker).toBeNull();
  });

  it('is sure of a one-word name written with its title ("Hereditary Chief Spookwx of the Gitxsan Nation said")', () => {
    const text = 'Hereditary Chief Spookwx of the Gitxsan Nation said Tuesday that three other chiefs were taken into custody.';
    expect(claimOf(text, 'three other chiefs').attribution.speaker).toBe('Spookwx');
  });

  it('lets "he" mean one person described as the sentence\'s subject ("A Quebec doctor is sounding the alarm … after he said …")', () => {
    const text = 'A Quebec doctor is sounding the alarm on wait times after he said a patient died in front of him.';
    expect(claimOf(text, 'patient died').attribution.speaker).toBe('Quebec doctor');
  });

  it('reads one person described as the subject of a plain report past an abbreviation ("A judge in London, Ont. has ruled that")', () => {
    const text = 'A judge in London, Ont. has ruled that the attack was terrorism.';
    expect(claimOf(text, 'attack was terrorism').attribution.speaker).toBe('judge');
  });

  it('finds the name in apposition after a description and a short phrase of place ("said the chief pilot back on Earth, Havard Grip,")', () => {
    const text = '“The data confirms the first flight,” said the helicopter’s chief pilot back on Earth, Havard Grip, his voice breaking.';
    expect(claimOf(text, 'first flight').attribution.speaker).toBe('Havard Grip');
  });

  it('names an unnamed source by a later "NAME is a …" with the same head noun ("A Quebec doctor …. Dr. Sébastien Marin is an emergency room doctor")', () => {
    const text = 'A Quebec doctor is sounding the alarm after he said a patient died in front of him.\n\nDr. Sébastien Marin is an emergency room doctor at a rural hospital.';
    expect(claimOf(text, 'patient died').attribution.speaker).toBe('Sébastien Marin');
  });

  it('gives "she" to the full name, not to a one-word name the same sentence opens on ("Halifax was small when Margaret Lowe was born")', () => {
    const text = 'Halifax was a small city, and the war was still on, when Margaret Lowe was born there in 1921.\n“We walked everywhere,” she told the paper.';
    expect(claimOf(text, 'walked everywhere').attribution.speaker).toBe('Margaret Lowe');
  });

  it('lets "they" mean police or staff who spoke, though the noun has no plural "s"', () => {
    const text = 'Provincial police said a hiker died on Sunday after a fall. They said the woman, in her 50s, was alone.';
    expect(claimOf(text, 'was alone').attribution.speaker).toBe('Provincial police');
  });

  it('continues what the sentence before reports into a sentence opening "And that …"', () => {
    const text = 'The coroner’s office will only say the deaths are under investigation. And that a report will follow in the spring.';
    expect(claimOf(text, 'report will follow').attribution.speaker).toBe('coroner’s office');
    const narration = 'The coroner’s office said the deaths are under investigation. And that is where the story ends.';
    expect(claimOf(narration, 'story ends').attribution.speaker).toBeNull();
  });

  it('takes a quoted word before a noun for a modifier, not the end of a quote ("a “self-serving” story Pell told")', () => {
    const text = 'Crown attorney Ana Ruiz called that a "preposterous conclusion" drawn from a "self-serving" story Pell told the doctor.';
    expect(claimOf(text, 'preposterous').attribution.speaker).toBe('Ana Ruiz');
  });

  it('reads any verb after a quote and a person described as its cue ("“…,” the head coach continued"), not after a document', () => {
    const text = 'Head coach Rick Tallis was blunt after the loss. “Some guys better pick it up,” the head coach continued post-game.';
    expect(claimOf(text, 'pick it up').attribution.speaker).toBe('Rick Tallis');
    const letter = 'Mayor Ana Ruiz wrote to council on Monday. “I have spent my life in this city,” the letter begins.';
    expect(claimOf(letter, 'spent my life').sieve).not.toBe('quote-then-speaker');
  });

  it('knows a given name owning a statement as a person ("Adele’s statement")', () => {
    const text = 'Rogers Arena said tickets will be refunded. The tour evoked Adele’s statement about her residency. “We were destroyed by delays,” she said at the time.';
    expect(claimOf(text, 'destroyed by delays').attribution.speaker).toBe('Adele');
  });

  it('hears no speech in what someone is told to say ("tells riders to complain to the mayor")', () => {
    const text = 'Halifax Transit says it is looking into an incident captured on video, where a bus driver announcing a detour tells riders to complain to Halifax Mayor Mike Savage and transit customer service.\n\nThe driver says in the video that the route was closed.';
    expect(claimOf(text, 'route was closed').attribution.speaker).toBe('bus driver');
  });

  it('counts the person a sentence\'s subject describes as who it is about ("The treasurer joined …. He joked …")', () => {
    // (Without it, "to call the election" no longer speaking would leave Dutton the one "he" means.)
    const text = 'The next vote will be won in the suburbs, the treasurer says. In an interview with a podcast, Jim Chalmers also dismissed Peter Dutton’s plan. The treasurer joined the podcast shortly before Dutton’s budget reply, as Labor sources expected Anthony Albanese to call the election. He joked he was “usually the last to know”.';
    expect(claimOf(text, 'last to know').attribution.speaker).toBe('Jim Chalmers');
  });

  it('never takes a country or a capital for the "he" of a quote ("India and Pakistan are …. “…,” he said")', () => {
    const text = 'Foreign Minister Ravi Khanna spoke at the forum in Geneva. India and Pakistan have been locked in a standoff for months.\n\n“Talks are going on,” he said. Officials in Islamabad did not comment.';
    expect(claimOf(text, 'Talks are going on').attribution.speaker).toBe('Ravi Khanna');
    const she = 'Foreign Minister Meera Khanna spoke at the forum. Beijing and Moscow have been at odds for months.\n\n“Talks are going on,” she said.';
    expect(claimOf(she, 'Talks are going on').attribution.speaker).toBe('Meera Khanna');
  });

  it('reads "it" as the body that spoke last, through "the ministry" and "according to" ("… the ministry said. …, it said"; "According to UNHCR, …. It adds that …")', () => {
    const ministry = 'Kuleba will visit Beijing next week, Ukraine’s Ministry of Foreign Affairs said. The trip follows an invitation from Wang Yi, the ministry said. The talks will focus on grain exports, it said.';
    expect(claimOf(ministry, 'grain exports').attribution.speaker).toBe('Ukraine’s Ministry');
    const according = 'According to UNHCR, nearly two million people have fled the fighting. It adds that 440,000 refugees live in camps near the border.';
    expect(claimOf(according, '440,000 refugees').attribution.speaker).toBe('UNHCR');
  });

  it('drops a hyphenated role before a name ("according to nurse-in-charge Angela Fiddler"), keeping hyphenated names whole ("Ji-woo Han")', () => {
    const text = 'Skin infections have dropped, according to nurse-in-charge Angela Fiddler. Ji-woo Han said the library saved her.';
    expect(claimOf(text, 'Skin infections').attribution.speaker).toBe('Angela Fiddler');
    expect(claimOf(text, 'library saved').attribution.speaker).toBe('Ji-woo Han');
  });

  it('gives a person\'s reported words to the person when a body\'s trailing clause passes them on ("Raab said …, the Foreign Office said in a statement")', () => {
    const text = 'Priya Nair met the delegation on Monday. Nair also said the border should reopen within weeks, the Foreign Office said in a statement.';
    const claim = claimOf(text, 'border should reopen');
    expect(claim.attribution.speaker).toBe('Priya Nair');
    expect(claim.attribution.sourceMention).toBe('the Foreign Office');
  });

  it('reads "the UN official" as the person in focus when no unnamed official came before, unless the sentence keeps them anonymous', () => {
    const text = 'Filippo Grandi visited camps in White Nile State. The UN official said a famine was looming.';
    expect(claimOf(text, 'famine was looming').attribution.speaker).toBe('Filippo Grandi');
    const anonymous = 'Grandi visited camps in White Nile State. The official, who was not authorized to speak publicly, said the talks had stalled.';
    expect(claimOf(anonymous, 'talks had stalled').attribution.channel).toBe('anonymous-official');
  });

  it('gives what a relative clause with "which" reports to a body or a place before it ("Tehran, which described the move as …"), not to a thing', () => {
    const text = 'But Tehran, which described the move as “good but insufficient,” has been clear where it stands. The plan, which calls for new taxes, passed.';
    expect(claimOf(text, 'good but insufficient').attribution.speaker).toBe('Tehran');
    expect(claimOf(text, 'new taxes').attribution.speaker).toBeNull();
  });

  it('hears no speaker in a participle right after its subject ("Evidence suggesting the lander is on its side comes from …"), so "he" stays the one who spoke', () => {
    const text = 'Steve Altemus, chief executive of the company, said the team was surprised.\n\nEvidence suggesting the lander is on its side comes from the power data, Altemus said.\n\n“It is somewhat elevated,” he said.';
    expect(claimOf(text, 'somewhat elevated').attribution.speaker).toBe('Steve Altemus');
  });

  it('reads "pointing out that …" as reporting, and "said UCU – …" as a speaker ended by a dash', () => {
    const text = 'Ms Foley defended the role of teachers, pointing out that principals also reviewed the grades. Another 5,000 jobs could go, said UCU – in line with forecasts.';
    expect(claimOf(text, 'principals also').attribution.speaker).toBe('Foley');
    expect(claimOf(text, '5,000 jobs').attribution.speaker).toBe('UCU');
  });

  it('reads "the judge" as the one introduced as Judge, Justice or Magistrate ("Mr Justice Sweeney", "Justice Simon Moore")', () => {
    const sweeney = 'Mr Justice Sweeney handed down the sentence on Wednesday. Ali Harbi Ali stared ahead. The judge told 26-year-old Ali: “The defendant has no remorse.”';
    expect(claimOf(sweeney, 'no remorse').attribution.speaker).toBe('Sweeney');
    const moore = 'Justice Simon Moore said this was not a case of rage. Gillian Millane said she was devastated. “You were in a position of total dominance,” the judge told the killer.';
    expect(claimOf(moore, 'total dominance').attribution.speaker).toBe('Simon Moore');
  });

  it('drops police ranks written without dots ("Det Sgt Cameron" is Michael Cameron)', () => {
    const text = 'Detective Sergeant Michael Cameron told the court he had doubts.\n\n“I didn’t disagree with him,” Det Sgt Cameron said.';
    expect(claimOf(text, 'disagree').attribution.speaker).toBe('Michael Cameron');
  });

  it('reads a capitalised word after a title as a name though the tagger takes it for a verb ("Mr Cook also used …")', () => {
    const text = '“The message today is hard work,” Mr Cook said.\n\nMr Cook also used the opportunity to pay tribute to Mr McGowan.\n\n“He has played an outstanding role.”';
    expect(claimOf(text, 'outstanding role').attribution.speaker).toBe('Cook');
  });

  it('hears a person described after a quote with any verb ("“…?” one protester screamed"), and no verb in a name after a title ("“…,” Mr Cook said")', () => {
    const text = 'The reversal sparked some protest in the chamber.\n\n“Is this your city too?” one protester screamed during a brief interruption.\n\n“The message today is hard work,” Mr Cook said.';
    expect(claimOf(text, 'your city too').attribution.speaker).toBe('one protester');
    expect(claimOf(text, 'hard work').attribution.speaker).toBe('Cook');
  });

  it('hears no speaker in a count of things ("18,391 dengue cases reported in 2023"), but does in a count of people ("4,000 workers said")', () => {
    const text = 'Quoting statistics from the National Centre for Disease Control (NCDC), a senior official, said that 32,091 cases have been reported this year against a total of 18,391 dengue cases reported in the same period of 2023. 4,000 workers said they would strike.';
    expect(claimOf(text, '32,091 cases').attribution.speaker).toBe('senior official');
    expect(claimOf(text, 'would strike').attribution.speaker).toBe('4,000 workers');
  });

  it('reads a bare family name as the person it is about, not the kin introduced with it ("Alex Murdaugh … his son Paul Murdaugh. Murdaugh said")', () => {
    const text = 'Alex Murdaugh was sentenced to life on Friday for the murder of his wife Maggie Murdaugh and his son Paul Murdaugh.\n\n“I’m innocent,” Murdaugh told the judge.';
    expect(claimOf(text, 'innocent').attribution.speaker).toBe('Alex Murdaugh');
  });

  it('gives "Fay and Bruce Ross" both the family name, and reads "Ms Ross" as the one the title fits', () => {
    const text = 'Fay and Bruce Ross climbed into their roof as the water rose.\n\n“It was quite dark up there,” Ms Ross said.';
    expect(claimOf(text, 'quite dark').attribution.speaker).toBe('Fay Ross');
  });

  it('takes a one-word name set off by commas after a noun for a person as someone "he" may mean ("One resident, Lary, with his wife …")', () => {
    const text = 'Mayor Sadiq Khan said 41 homes had been destroyed.\n\nOne resident, Lary, with his wife and daughter, waited at the police cordon.\n\nHe told the Standard: “We don’t know whether our house is still there.”';
    expect(claimOf(text, 'our house').attribution.speaker).toBe('Lary');
  });

  it('gives a coordinated cue before "that" to the sentence\'s subject ("X spoke briefly … and denied that …")', () => {
    const text = 'Okafor spoke briefly in court before the sentence was handed down and denied that he had ever threatened anyone.';
    expect(claimOf(text, 'threatened anyone').attribution.speaker).toBe('Okafor');
  });

  it('reads "hinted" as a cue, and a coordinated cue before a clause without "that" as the subject\'s ("…, and hinted he might reject the outcome")', () => {
    const text = 'Mr Bolsonaro had cast doubt on the voting process, and hinted he might reject the outcome if he lost. RTÉ, which employs 1,800 people, hinted that talks might change.';
    expect(claimOf(text, 'reject the outcome').attribution.speaker).toBe('Bolsonaro');
    expect(claimOf(text, 'talks might change').attribution.speaker).toBe('RTÉ');
  });

  it('reads "NAME alleged the …" as a cue though the tagger takes "alleged" for an adjective, and "the alleged victim" as none', () => {
    const text = 'Crown attorney Mike Desautels alleged the two victims were drinking with the accused. The alleged victim did not testify.';
    expect(claimOf(text, 'two victims').attribution.speaker).toBe('Mike Desautels');
    expect(claimOf(text, 'did not testify').attribution.speaker).toBeNull();
  });

  it('reads "alleged" tagged as an adjective after an adverb ("Tiwari also alleged that") and in a trailing clause ("…, BJP leaders alleged after …")', () => {
    const text = 'The ruling party is running away from the vote, opposition leaders alleged after the House was adjourned. Manoj Tiwari also alleged that councillors misbehaved. The charges alleged in the indictment are serious.';
    expect(claimOf(text, 'running away').attribution.speaker).toBe('opposition leaders');
    expect(claimOf(text, 'councillors misbehaved').attribution.speaker).toBe('Manoj Tiwari');
    expect(claimOf(text, 'indictment').attribution.speaker).toBeNull();
  });

  it('gives a cue inside a relative clause to no one rather than to the sentence\'s subject ("… how someone who had claimed to love her could …")', () => {
    const text = 'Ms Dingivan’s niece, Sarah Howard, said she could not comprehend how someone who had claimed to love Tina could do something so cruel.\n\nShe said she missed her every day.';
    expect(claimOf(text, 'missed her every day').attribution.speaker).toBe('Sarah Howard');
  });

  it('keeps the last speaker for "…, she added" though the words are about another woman named as their subject', () => {
    const text = 'Tina Dingivan died in 2017, her family said.\n\nHer niece, Sarah Howard, said she missed her every day.\n\nTina was caring and loyal to those she loved, she added.';
    expect(claimOf(text, 'caring and loyal').attribution.speaker).toBe('Sarah Howard');
  });

  it('reads what a document rules or finds without "that" ("The coroner\'s report ruled Gonzalez died …"), not a plain object ("found a gap")', () => {
    const text = 'The coroner’s report ruled Gonzalez died from the stress of restraint. The audit found a gap in funding.';
    expect(claimOf(text, 'stress of restraint').attribution.speaker).toBe('coroner’s report');
    expect(claimOf(text, 'gap in funding').attribution.speaker).toBeNull();
  });

  it('reads what a policy or a law stipulates as its claim ("The board\'s policy stipulates that …")', () => {
    const text = 'Jung pointed to board policy. The board’s policy stipulates that a committee can forward urgent matters when a quorum is not reached.';
    expect(claimOf(text, 'forward urgent matters').attribution.speaker).toBe('board’s policy');
  });

  it('gives what an investigation by two bodies found to the investigation ("A joint investigation by the AFL and Richmond found …"), and a statement by two people to both', () => {
    const text = 'A joint investigation by the AFL and Richmond found the pair had broken the protocols. A statement by Smith and Jones said the deal was off.';
    expect(claimOf(text, 'broken the protocols').attribution.speaker).toBe('joint investigation by the AFL and Richmond');
    expect(claimOf(text, 'deal was off').attribution.speaker).toBe('Smith and Jones');
  });

  it('reads the name after a role\'s field as the speaker ("said Black Ferns director of rugby Wayne Smith"), not a body after "of"', () => {
    const text = '“Lu has the trust of this group,” said Black Ferns director of rugby Wayne Smith. Minister of health Jane Doe said the plan was sound. Chief Raymond Paul of the Upper Thompson First Nation said 80 members had left.';
    expect(claimOf(text, 'trust of this group').attribution.speaker).toBe('Wayne Smith');
    expect(claimOf(text, 'plan was sound').attribution.speaker).toBe('Jane Doe');
    expect(claimOf(text, '80 members').attribution.speaker).toBe('Raymond Paul');
  });
});

describe('attribute: any input', () => {
  it('never throws and gives every segment a channel of the profile, for any mix of names, cues and quotes', () => {
    const channels = new Set(builtInProfile.channels.map((c) => c.id));
    const words = [
      'Xi', 'Biden', 'said', 'says', 'he', 'she', 'they', 'the official', 'according to', 'the readout', ',', '.', '“', '”', '"', 'and', 'of', 'John Smith', 'told reporters', '\n', 'White House', 'who', 'the', 'Nurses’ Association', 'nurses’', '’’', '‘',
      // This session's rules: late names, anonymity, bodies named before, titles, particles, documents.
      'The man', 'The woman', 'one resident', 'who later identified himself as', 'before giving her name as', 'asked not to be named', 'the source', 'the union', 'the ministry', 'Ministry of Health', 'Union', 'Det. Sgt.', 'Benoît de la Fontaine', 'de la', 'Saint John, N.B.', 'the report found that', 'documents show that', 'according to police', 'are warning that', 'whether', 'would testify', 'in a statement', 'the statement', 'the owner of a bakery', 'Dale’s wife', 'him', 'Board says',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        const segs = segment(text, none);
        const out = explain(text, segs, builtInProfile);
        expect(out).toHaveLength(segs.length);
        for (const e of out) {
          expect(channels.has(e.attribution.channel)).toBe(true);
          if (e.attribution.mode === 'unattributed') expect(e.attribution.speaker).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });
});

