import type { ArticleSource, Montage } from './montage-schema.js';

/**
 * The ranked article. Its title comes from the web address of the only copy found (May 2020); the
 * punctuation is a guess. Its publisher and author are not verified, so the bot never names them.
 */
export const articleSourceEntry = {
  title: 'Rocky: Every Training Montage, From Least To Most Motivational, Ranked',
  titleNote: 'likely title, read from the web address of the only copy found',
  year: 2020,
  copyUrl:
    'http://www.tvandmovienews.com/2020/05/rocky-every-training-montage-from-least-to-most-motivational-ranked/',
  publisherNote: 'original publisher not verified',
} as const satisfies ArticleSource;

/** Names several films share; each film's mention says who or what the name is there. */
const APOLLO = ['Apollo', 'Apollo Creed', 'Carl Weathers'];
const MICKEY = ['Mickey', 'Mickey Goldmill', 'Burgess Meredith'];
const DUKE = ['Duke', 'Tony Burton'];
const THEME = ['Gonna Fly Now', 'Bill Conti'];
const PHILADELPHIA = ['Philadelphia', 'Philly'];
const STEPS = ['steps', 'Art Museum steps', 'Rocky Steps'];

/**
 * The six ranked training montages, best first.
 *
 * The ranking, the reasoning and the quotes come from the article above.
 * Every other fact comes from shared/facts.md, rated High or Medium there; where that file says
 * something is unconfirmed, the text says so instead of guessing. The article's slips are fixed
 * here ("Tommy Gunn", not "Tommy Gun"; Rocky III's weakness shows in the loss to Lang).
 *
 * House style for every text a user sees: curly quotes and apostrophes, American spelling
 * (test/unit/data-typography.test.ts enforces both). Aliases are search keys, typed as fans type.
 */
export const montageEntries = [
  {
    rank: 1,
    film: {
      title: 'Rocky Balboa',
      usRelease: '2006-12-20',
      director: 'Sylvester Stallone',
      wikipedia: 'https://en.wikipedia.org/wiki/Rocky_Balboa_(film)',
    },
    tagline: 'Duke’s “hurtin’ bombs”, then one more run up the steps with Punchy.',
    summary:
      'Thirty years after the first film, an aging Rocky gets back into fighting shape for one more bout.',
    training: {
      trainer: 'Duke (Tony Burton)',
      trainee: 'Rocky Balboa',
      arrangement:
        'Duke (Tony Burton) trains Rocky, with Paulie around. There is no speed work and no sparring: Duke’s plan is “blunt force trauma” and “hurtin’ bombs”.',
    },
    fight: {
      opponent: 'Mason “The Line” Dixon (Antonio Tarver)',
      stakes:
        'An exhibition bout in Las Vegas against the reigning heavyweight champion, Mason “The Line” Dixon (Antonio Tarver).',
    },
    setting: 'Philadelphia, ending on the Art Museum steps.',
    music: {
      tracks: [{ title: 'Gonna Fly Now', credit: 'Bill Conti' }],
      note: 'The montage ends on it: the song from Rocky’s first run up the steps.',
    },
    moments: [
      'Rocky grinds through strength work with kettlebells, kegs and tires.',
      'At the top of the steps, he lifts his dog Punchy.',
    ],
    verdict: {
      summary:
        'The article says this montage stands for everything Rocky is about: one man pushing against the odds just to go the distance. He has no real chance against Mason but pours his heart into trying. Watching him struggle through what used to be basic training is hard, yet the way he overcomes his age is a triumph. The training is the rawest since the series began, the emotion runs high, and references to the original film and its montage run throughout.',
      quote: 'a love letter unlike any other',
    },
    aliases: [
      'Rocky 6',
      'Rocky VI',
      'VI',
      'Balboa',
      'Mason Dixon',
      'Mason',
      'The Line',
      'Antonio Tarver',
      'Punchy',
      'dog',
      'Las Vegas',
      'Vegas',
      'hurtin bombs',
      'blunt force trauma',
      'kettlebells',
      'kegs',
      'tires',
    ],
    mentions: [
      { names: DUKE, as: 'Duke (Tony Burton) trains Rocky.' },
      { names: ['Paulie'], as: 'Paulie is around for the training.' },
      { names: THEME, as: 'Bill Conti scores it; it ends on the theme.' },
      { names: PHILADELPHIA, as: 'Strength work in Philadelphia.' },
      { names: STEPS, as: 'He lifts his dog Punchy at the top of the steps.' },
    ],
  },
  {
    rank: 2,
    film: {
      title: 'Rocky IV',
      usRelease: '1985-11-27',
      director: 'Sylvester Stallone',
      wikipedia: 'https://en.wikipedia.org/wiki/Rocky_IV',
    },
    tagline: 'Snow, firewood and a mountain climb in the Soviet wilderness, against Drago’s lab.',
    summary:
      'Rocky and Ivan Drago prepare for the same fight in opposite ways, and the film cuts back and forth between their two camps.',
    training: {
      trainer: 'Duke (Tony Burton)',
      trainee: 'Rocky Balboa',
      arrangement:
        'Two men help Rocky train: Duke (Tony Burton), who used to train Apollo, and Paulie. Adrian joins them later.',
    },
    fight: {
      opponent: 'Ivan Drago (Dolph Lundgren)',
      stakes: 'The fight with Ivan Drago (Dolph Lundgren) in Moscow on Christmas Day.',
    },
    setting:
      'Rocky trains at a remote farm in the Soviet Union (“Siberia” in the story), filmed in Wyoming. Drago trains in a high-tech facility.',
    music: {
      tracks: [
        { title: 'Training Montage', credit: 'Vince DiCola (instrumental)' },
        {
          title: 'Hearts on Fire',
          credit: 'sung by John Cafferty; written by Vince DiCola, Joe Esposito and Ed Fruge',
        },
      ],
      note: 'The film has two training montages, and Vince DiCola, not Bill Conti, wrote its score. “No Easy Way Out” plays over a separate driving montage, not the training.',
    },
    moments: [
      'Rocky chops wood, lifts rocks and runs through the snow.',
      'Drago runs on treadmills, works out on machines and takes steroid injections.',
      'Rocky climbs a mountain.',
    ],
    verdict: {
      summary:
        'On a technical level the article rates it the best of the six and the best part of its film, though not the most entertaining or the most emotional. It is the hardest training in the series: we are told how strong Drago is, but shown how strong Rocky has become. The music throws a spotlight on the contrast between the two men. The atmosphere is excellent, and it feels like the peak of Rocky’s career as a boxer. The montage partly makes up for the film’s failings.',
      quote: 'Rocky, a man built by nature, and Ivan Drago, a man built by science',
    },
    aliases: [
      'Rocky 4',
      'IV',
      'Drago',
      'Ivan Drago',
      'Dolph Lundgren',
      'Siberia',
      'Russia',
      'Soviet Union',
      'USSR',
      'Moscow',
      'Wyoming',
      'Jackson Hole',
      'Grand Teton',
      'snow',
      'chopping wood',
      'mountain',
      'Hearts on Fire',
      'John Cafferty',
      'Vince DiCola',
    ],
    mentions: [
      { names: DUKE, as: 'Duke, Apollo’s old trainer, helps Rocky train.' },
      { names: ['Paulie'], as: 'Paulie goes with Rocky to the Soviet farm.' },
      { names: ['Adrian'], as: 'Adrian joins Rocky at the farm later.' },
    ],
  },
  {
    rank: 3,
    film: {
      title: 'Rocky',
      usRelease: '1976-12-03',
      director: 'John G. Avildsen',
      wikipedia: 'https://en.wikipedia.org/wiki/Rocky',
    },
    tagline: 'The original: South Philly streets and the run up the Art Museum steps.',
    summary:
      'The one that started it all: handed a shot at the title, Rocky trains on the streets of Philadelphia.',
    training: {
      trainer: 'Mickey Goldmill (Burgess Meredith)',
      trainee: 'Rocky Balboa',
      arrangement: 'Mickey Goldmill (Burgess Meredith) trains Rocky.',
    },
    fight: {
      opponent: 'Apollo Creed (Carl Weathers)',
      stakes:
        'A bicentennial title fight on New Year’s Day against the heavyweight champion, Apollo Creed (Carl Weathers). Creed wins on a split decision, but Rocky goes the distance.',
    },
    setting:
      'The rail yard and South Philly’s Italian Market, ending at the 72 steps of the Philadelphia Museum of Art. The runs were shot with an early Steadicam.',
    music: {
      tracks: [
        {
          title: 'Gonna Fly Now (Theme from Rocky)',
          credit:
            'music by Bill Conti; lyrics by Carol Connors and Ayn Robbins; sung by DeEtta West and Nelson Pigford',
        },
      ],
      note: 'The theme went to No. 1 in the US in 1977.',
    },
    moments: [
      'Rocky punches sides of beef in Paulie’s meat-packing freezer, a training scene of its own.',
      'He sprints to the top of the Art Museum steps and stands triumphant over the city.',
      'That sprint pays off an earlier run that left him exhausted on the same steps.',
    ],
    verdict: {
      summary:
        'The article calls it the quintessential training montage and the most relatable in the series. Its theme is by far the series’ best montage song; with Bill Conti blaring, no wonder Rocky gets such a workout. Above all the montage is simple: it stays on Rocky’s growth as a character and plays off beats set up earlier in the film. The article’s advice to anyone writing a montage: watch Rocky.',
      quote: 'the world is the common man’s gym',
    },
    aliases: [
      'Rocky 1',
      'Rocky I',
      'I',
      'the original',
      'original',
      'first',
      'meat',
      'sides of beef',
      'Italian Market',
      'rail yard',
      'Steadicam',
    ],
    mentions: [
      { names: MICKEY, as: 'Mickey Goldmill trains Rocky for the title fight.' },
      { names: APOLLO, as: 'Apollo Creed is the champion Rocky trains to fight.' },
      {
        names: ['Paulie', 'meat locker'],
        as: 'Rocky punches sides of beef in Paulie’s meat-packing freezer.',
      },
      { names: THEME, as: 'The original “Gonna Fly Now”, a US No. 1 in 1977.' },
      { names: PHILADELPHIA, as: 'He runs the streets of South Philadelphia.' },
      { names: STEPS, as: 'He sprints up the Art Museum steps.' },
    ],
  },
  {
    rank: 4,
    film: {
      title: 'Rocky II',
      usRelease: '1979-06-15',
      director: 'Sylvester Stallone',
      wikipedia: 'https://en.wikipedia.org/wiki/Rocky_II',
    },
    tagline: 'Adrian wakes, the chicken is caught, and hundreds of kids run with Rocky.',
    summary: 'The montage starts the moment Adrian wakes from her coma and tells Rocky to win.',
    training: {
      trainer: 'Mickey Goldmill (Burgess Meredith)',
      trainee: 'Rocky Balboa',
      arrangement: 'Mickey Goldmill (Burgess Meredith) trains Rocky once more.',
    },
    fight: {
      opponent: 'Apollo Creed (Carl Weathers)',
      stakes:
        'The rematch with Apollo Creed (Carl Weathers), in which Rocky takes the heavyweight title.',
    },
    setting:
      'Philadelphia: Mickey’s gym, a back alley and the city streets, ending on the Art Museum steps.',
    music: {
      tracks: [
        {
          title: 'Gonna Fly Now',
          credit: 'Bill Conti, in a new arrangement with a children’s chorus',
        },
      ],
      note: 'This version scores the final run. What plays under the earlier training is not confirmed.',
    },
    moments: [
      'Heavy lifting in the gym.',
      'Rocky finally catches the chicken that got away from him earlier in the film.',
      'About 800 schoolchildren run with him through the city and up the steps.',
    ],
    verdict: {
      summary:
        'After a whole film of struggle, the article says, Rocky finally has all the motivation he needs. The montage lacks the elegance of the original but is rawer in exchange, and the training is far more intense than in the first film. Rocky never lets himself falter.',
      quote: 'ready to do more than just go the distance',
    },
    aliases: ['Rocky 2', 'II', 'chicken', 'kids', 'children', 'coma', 'Adrian wakes up'],
    mentions: [
      { names: MICKEY, as: 'Mickey trains Rocky.' },
      { names: APOLLO, as: 'Apollo Creed is the opponent in the rematch.' },
      { names: ['Adrian'], as: 'Adrian wakes from her coma and tells Rocky to win.' },
      { names: ["Mickey's gym"], as: 'Heavy lifting in Mickey’s gym.' },
      { names: THEME, as: 'Bill Conti’s new arrangement, with a children’s chorus.' },
      { names: PHILADELPHIA, as: 'A run through Philadelphia with hundreds of children.' },
      { names: STEPS, as: 'The children follow him up the Art Museum steps.' },
    ],
  },
  {
    rank: 5,
    film: {
      title: 'Rocky V',
      usRelease: '1990-11-16',
      director: 'John G. Avildsen',
      wikipedia: 'https://en.wikipedia.org/wiki/Rocky_V',
    },
    tagline: 'Rocky turns trainer, coaching Tommy Gunn in Mickey’s old gym.',
    summary:
      'Broke and out of the ring, Rocky takes on Mickey’s old role: the montage is about him training a newcomer, and the bond between them.',
    training: {
      trainer: 'Rocky Balboa',
      trainee: 'Tommy “The Machine” Gunn (Tommy Morrison)',
      arrangement:
        'Rocky coaches Tommy “The Machine” Gunn, played by the real boxer Tommy Morrison.',
    },
    fight: {
      opponent: 'Tommy’s opponents on his way up the rankings',
      stakes:
        'No single fight: Tommy is climbing the rankings. Later he leaves Rocky for the promoter George Washington Duke, takes the title from Union Cane, and the film ends with Rocky and Tommy fighting in the street.',
    },
    setting: 'Philadelphia, in Mickey’s old gym, which Rocky reopens.',
    music: {
      tracks: [],
      note: 'Early-1990s rap and R&B; the exact track over the montage is not confirmed. Bill Conti wrote the film’s score.',
    },
    moments: [
      'The training is cut with Tommy’s wins and with newspaper headlines.',
      'Rocky’s son Robert is neglected while his father trains Tommy.',
      'Rocky and Tommy run up the Art Museum steps together.',
    ],
    verdict: {
      summary:
        'The article calls it a surprisingly good montage in a bad film, one that shows how strong the story’s bones are. Rocky is at his lowest point, which fits where the first four films had taken him, and the montage makes uncomfortably clear how far he has fallen. With better writing, the article says, the film could have explored Rocky’s new role, Tommy as his protégé, and how Rocky puts boxing before his own son. Even so, its failings should not count against the montage.',
      quote: 'Tommy out-Rockys Rocky',
    },
    aliases: [
      'Rocky 5',
      'V',
      'Tommy Gunn',
      'Tommy',
      'Gunn',
      'The Machine',
      'Tommy Morrison',
      'Union Cane',
      'Robert',
      'son',
    ],
    mentions: [
      {
        names: ['Duke', 'George Washington Duke'],
        as: 'George Washington Duke, the promoter Tommy later leaves Rocky for.',
      },
      { names: ["Mickey's gym", "Mickey's old gym"], as: 'Rocky reopens Mickey’s old gym.' },
      { names: PHILADELPHIA, as: 'Rocky trains Tommy in Philadelphia.' },
      { names: STEPS, as: 'Rocky and Tommy run up the Art Museum steps.' },
    ],
  },
  {
    rank: 6,
    film: {
      title: 'Rocky III',
      usRelease: '1982-05-28',
      director: 'Sylvester Stallone',
      wikipedia: 'https://en.wikipedia.org/wiki/Rocky_III',
    },
    tagline: 'Apollo Creed rebuilds Rocky’s speed and footwork in Los Angeles.',
    summary:
      'After Mickey dies, Rocky is trained by the man he twice fought for the title: Apollo Creed.',
    training: {
      trainer: 'Apollo Creed (Carl Weathers)',
      trainee: 'Rocky Balboa',
      arrangement:
        'Apollo (Carl Weathers) takes Rocky back to basics and teaches him his own techniques.',
    },
    fight: {
      opponent: 'James “Clubber” Lang (Mr. T)',
      stakes:
        'The rematch with James “Clubber” Lang (Mr. T), who knocked Rocky out in their first fight.',
    },
    setting:
      'Los Angeles: Apollo’s old gym (the “Tough Gym”) and the beach, with the surf scenes shot at Santa Monica.',
    music: {
      tracks: [{ title: 'Gonna Fly Now', credit: 'Bill Conti, in a new version for Rocky III' }],
      note: 'Survivor’s “Eye of the Tiger” is not the training song: it plays over the film’s opening montage of Rocky’s title defenses and Lang’s rise.',
    },
    moments: [
      'Apollo drills Rocky’s footwork: how to step and how to dodge.',
      'Rocky works on his speed and agility.',
      'Rocky and Apollo run on the beach and through the surf.',
    ],
    verdict: {
      summary:
        'The article finds a novelty in Apollo training Rocky, and a nice way to keep Creed in the story. The focus on mobility is unique among the montages and makes sense against Clubber Lang. It feels well thought out, but it is less visceral than Rocky’s other training sessions and lacks their intensity and drama.',
      quote: 'a natural culmination of Rocky & Apollo’s relationship',
    },
    aliases: [
      'Rocky 3',
      'III',
      'Clubber Lang',
      'Clubber',
      'Lang',
      'Mr. T',
      'Eye of the Tiger',
      'Survivor',
      'Santa Monica',
      'Tough Gym',
      "Apollo's gym",
      "Apollo's old gym",
      'beach',
      'Los Angeles',
      'LA',
    ],
    mentions: [
      { names: APOLLO, as: 'Apollo Creed, Rocky’s old rival, now trains him.' },
      { names: THEME, as: 'Bill Conti’s Rocky III arrangement.' },
    ],
  },
] as const satisfies readonly Montage[];
