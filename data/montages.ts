import type { MontageInput } from './montage-schema.js';

/**
 * The six ranked training montages, best first.
 *
 * The ranking, the reasoning and the quotes come from the article (see article-source.ts).
 * Every other fact comes from shared/facts.md, rated High or Medium there; where that file says
 * something is unconfirmed, the text says so instead of guessing. The article's slips are fixed
 * here ("Tommy Gunn", not "Tommy Gun"; Rocky III's weakness shows in the loss to Lang).
 */
export const montageEntries = [
  {
    rank: 1,
    film: {
      title: 'Rocky Balboa',
      usRelease: '2006-12-20',
      director: 'Sylvester Stallone',
    },
    tagline: 'Duke\'s "hurtin\' bombs", then one more run up the steps with Punchy.',
    summary:
      'A Rocky far past his prime grinds through strength work in Philadelphia and ends where it all began: at the top of the Art Museum steps.',
    training: {
      trainer: 'Duke (Tony Burton)',
      trainee: 'Rocky Balboa',
      arrangement:
        'Duke trains Rocky, with Paulie around. There is no speed left to build, so Duke\'s plan is pure power: blunt force trauma and "hurtin\' bombs".',
    },
    fight: {
      opponent: 'Mason "The Line" Dixon (Antonio Tarver)',
      stakes:
        'An exhibition bout in Las Vegas against Mason "The Line" Dixon, the reigning heavyweight champion.',
    },
    setting:
      'Philadelphia: kettlebells, kegs and tires, finishing with a run up the Art Museum steps.',
    music: {
      tracks: [{ title: 'Gonna Fly Now', credit: 'Bill Conti' }],
      note: 'Bill Conti scores the montage, which builds to the theme at the end.',
    },
    moments: [
      'Duke spells out the plan: no speed, no sparring, just "hurtin\' bombs".',
      'Strength work with kettlebells, kegs and tires.',
      'Rocky runs up the Art Museum steps and lifts his dog Punchy at the top.',
    ],
    verdict: {
      summary:
        'The article calls it the montage that sums up what Rocky stands for: one man pushing against the odds just to go the distance. He has no real chance against Mason, and watching him struggle through training that once came easily is hard, but beating his own age is its own triumph. It is the rawest training since the first film, full of nods to the original, and that emotion puts it at the top.',
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
      { names: ['Duke', 'Tony Burton'], as: 'Duke (Tony Burton) trains Rocky.' },
      { names: ['Paulie'], as: 'Paulie is around for the training.' },
      { names: ['Gonna Fly Now', 'Bill Conti'], as: 'Bill Conti scores it; it ends on the theme.' },
      { names: ['Philadelphia', 'Philly'], as: 'Strength work in Philadelphia.' },
      {
        names: ['steps', 'Art Museum steps', 'Rocky Steps'],
        as: 'He lifts his dog Punchy at the top of the steps.',
      },
    ],
  },
  {
    rank: 2,
    film: {
      title: 'Rocky IV',
      usRelease: '1985-11-27',
      director: 'Sylvester Stallone',
    },
    tagline: "Snow, firewood and a mountain climb in the Soviet wilderness, against Drago's lab.",
    summary:
      "Rocky chops wood and runs through snow at a remote Soviet farmhouse, cut against Ivan Drago's machines, treadmills and injections.",
    training: {
      trainer: 'Duke (Tony Burton)',
      trainee: 'Rocky Balboa',
      arrangement:
        "Duke, Apollo's old trainer, and Paulie help Rocky train in the Soviet wilderness, and Adrian joins them later. Drago trains in a high-tech facility.",
    },
    fight: {
      opponent: 'Ivan Drago (Dolph Lundgren)',
      stakes: 'The fight with Ivan Drago in Moscow on Christmas Day.',
    },
    setting:
      'A remote farm in the Soviet Union ("Siberia" in the story), against Drago\'s high-tech gym. It was filmed in Wyoming.',
    music: {
      tracks: [
        { title: 'Training Montage', credit: 'Vince DiCola (instrumental)' },
        {
          title: 'Hearts on Fire',
          credit: 'sung by John Cafferty; written by Vince DiCola, Joe Esposito and Ed Fruge',
        },
      ],
      note: 'The film has two training montages, scored by Vince DiCola rather than Bill Conti. "No Easy Way Out" plays over a separate driving montage, not the training.',
    },
    moments: [
      'Rocky chops wood, lifts rocks and runs through deep snow.',
      'Drago works on treadmills and machines, and takes steroid injections.',
      'Rocky climbs a mountain.',
      'The cross-cutting sets a man of nature against a man of science.',
    ],
    verdict: {
      summary:
        "The article rates it the best montage on a technical level and the best part of its film: the series' hardest training, where we are told how strong Drago is but shown how strong Rocky has become. The music and atmosphere make it feel like the peak of Rocky's career. The article adds that it is not the most entertaining or the most emotional of the six.",
      quote: 'a man built by nature, and Ivan Drago, a man built by science',
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
      { names: ['Duke', 'Tony Burton'], as: "Duke, Apollo's old trainer, helps Rocky train." },
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
    },
    tagline: 'The original: South Philly streets and the run up the Art Museum steps.',
    summary:
      'The original: Rocky runs the streets of South Philadelphia and sprints up the Art Museum steps to "Gonna Fly Now".',
    training: {
      trainer: 'Mickey Goldmill (Burgess Meredith)',
      trainee: 'Rocky Balboa',
      arrangement: 'Mickey Goldmill trains Rocky for the shot of his life.',
    },
    fight: {
      opponent: 'Apollo Creed (Carl Weathers)',
      stakes:
        "A title fight against heavyweight champion Apollo Creed on New Year's Day. Creed wins on a split decision; Rocky goes the distance.",
    },
    setting:
      "The streets of Philadelphia: the rail yard and South Philly's Italian Market, ending at the top of the 72 steps of the Philadelphia Museum of Art. The runs were shot with an early Steadicam.",
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
      'Rocky runs through the streets of South Philadelphia.',
      "He pounds sides of beef in a meat-packing freezer (a scene from the film's training).",
      'He sprints up the Art Museum steps and stands triumphant over Philadelphia.',
      'That climb pays off an earlier run that left him worn out on the same steps.',
    ],
    verdict: {
      summary:
        "The article calls it the quintessential montage and the most relatable: the whole city is Rocky's gym. It is simple, it stays on his growth, it pays off an earlier moment, and it has the best song in the series. The article holds it up as the model for how to write a montage.",
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
      {
        names: ['Mickey', 'Mickey Goldmill', 'Burgess Meredith'],
        as: 'Mickey Goldmill trains Rocky for the title fight.',
      },
      {
        names: ['Apollo', 'Apollo Creed', 'Carl Weathers'],
        as: 'Apollo Creed is the champion Rocky trains to fight.',
      },
      {
        names: ['Paulie', 'meat locker'],
        as: "Rocky punches sides of beef in Paulie's meat-packing freezer.",
      },
      {
        names: ['Gonna Fly Now', 'Bill Conti'],
        as: 'The original "Gonna Fly Now", a US No. 1 in 1977.',
      },
      { names: ['Philadelphia', 'Philly'], as: 'He runs the streets of South Philadelphia.' },
      {
        names: ['steps', 'Art Museum steps', 'Rocky Steps'],
        as: 'He sprints up the Art Museum steps.',
      },
    ],
  },
  {
    rank: 4,
    film: {
      title: 'Rocky II',
      usRelease: '1979-06-15',
      director: 'Sylvester Stallone',
    },
    tagline: 'Adrian wakes, the chicken is caught, and hundreds of kids run with Rocky.',
    summary:
      'Once Adrian wakes and tells him to win, Rocky trains flat out: heavy lifting, a chicken finally caught, and a run through Philadelphia with hundreds of children.',
    training: {
      trainer: 'Mickey Goldmill (Burgess Meredith)',
      trainee: 'Rocky Balboa',
      arrangement:
        'Mickey trains Rocky. The montage starts once Adrian wakes from her coma and tells him to win.',
    },
    fight: {
      opponent: 'Apollo Creed (Carl Weathers)',
      stakes: 'The rematch with Apollo Creed, where Rocky takes the heavyweight title.',
    },
    setting:
      "Philadelphia: Mickey's gym, a back alley for the chicken chase, and a run through the city with a crowd of about 800 schoolchildren, ending on the Art Museum steps.",
    music: {
      tracks: [
        {
          title: 'Gonna Fly Now',
          credit: "Bill Conti, a new arrangement with a children's chorus",
        },
      ],
      note: 'It plays over the run through the city with the children.',
    },
    moments: [
      'Adrian wakes from her coma and tells Rocky to win.',
      'Heavy lifting in the gym.',
      'Rocky finally catches the chicken that got away from him earlier.',
      'Hundreds of children run with him through the city and up the steps.',
    ],
    verdict: {
      summary:
        'After a film of struggle, Adrian waking gives Rocky all the motivation he needs. The article finds it less elegant than the original montage but rawer and more intense: he trains harder than before and goes into the rematch ready to do more than last the distance.',
      quote: 'more raw and visceral',
    },
    aliases: ['Rocky 2', 'II', 'chicken', 'kids', 'children', 'coma', 'Adrian wakes up'],
    mentions: [
      { names: ['Mickey', 'Mickey Goldmill', 'Burgess Meredith'], as: 'Mickey trains Rocky.' },
      {
        names: ['Apollo', 'Apollo Creed', 'Carl Weathers'],
        as: 'Apollo Creed is the opponent in the rematch.',
      },
      { names: ['Adrian'], as: 'Adrian wakes from her coma and tells Rocky to win.' },
      { names: ["Mickey's gym"], as: "Heavy lifting in Mickey's gym." },
      {
        names: ['Gonna Fly Now', 'Bill Conti'],
        as: "Bill Conti's new arrangement, with a children's chorus.",
      },
      {
        names: ['Philadelphia', 'Philly'],
        as: 'A run through Philadelphia with hundreds of children.',
      },
      {
        names: ['steps', 'Art Museum steps', 'Rocky Steps'],
        as: 'The children follow him up the Art Museum steps.',
      },
    ],
  },
  {
    rank: 5,
    film: {
      title: 'Rocky V',
      usRelease: '1990-11-16',
      director: 'John G. Avildsen',
    },
    tagline: "Rocky turns trainer, coaching Tommy Gunn in Mickey's old gym.",
    summary:
      "Broke and out of the ring, Rocky becomes the trainer, coaching Tommy Gunn in Mickey's old gym while his own son is left on the sidelines.",
    training: {
      trainer: 'Rocky Balboa',
      trainee: 'Tommy "The Machine" Gunn (Tommy Morrison)',
      arrangement:
        'Here Rocky does the training: he coaches Tommy "The Machine" Gunn, played by the real boxer Tommy Morrison.',
    },
    fight: {
      opponent: "Tommy's opponents on his way up the rankings",
      stakes:
        "No single fight: the montage is cut with Tommy's wins as he climbs the rankings. Tommy later leaves for promoter George Washington Duke, takes the title from Union Cane, and the film ends with Rocky and Tommy fighting in the street.",
    },
    setting:
      "Philadelphia: Mickey's old gym, which Rocky reopens. The montage ends with Rocky and Tommy running up the Art Museum steps.",
    music: {
      tracks: [],
      note: 'Early-1990s rap and R&B. Which track plays over the montage is not confirmed, so the bot does not name one. Bill Conti wrote the score.',
    },
    moments: [
      "Rocky coaches Tommy in Mickey's old gym.",
      "Training is cut with Tommy's wins and newspaper headlines as he climbs the rankings.",
      "Rocky's son Robert is neglected while his father trains Tommy.",
      'Rocky and Tommy run up the Art Museum steps together.',
    ],
    verdict: {
      summary:
        "A bad film with a surprisingly good montage. Rocky has lost his career and his fortune and takes on Mickey's role for a newcomer, so the montage is about the trainer and his protégé rather than Rocky's own training. It shows, uncomfortably, how far Rocky has fallen, and it hints at the son he puts second to boxing.",
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
      { names: ["Mickey's gym", "Mickey's old gym"], as: "Rocky reopens Mickey's old gym." },
      { names: ['Philadelphia', 'Philly'], as: 'Rocky trains Tommy in Philadelphia.' },
      {
        names: ['steps', 'Art Museum steps', 'Rocky Steps'],
        as: 'Rocky and Tommy run up the Art Museum steps.',
      },
    ],
  },
  {
    rank: 6,
    film: {
      title: 'Rocky III',
      usRelease: '1982-05-28',
      director: 'Sylvester Stallone',
    },
    tagline: "Apollo Creed rebuilds Rocky's speed and footwork in Los Angeles.",
    summary:
      "After Mickey's death, his old rival Apollo Creed retrains Rocky in Los Angeles for speed and footwork.",
    training: {
      trainer: 'Apollo Creed (Carl Weathers)',
      trainee: 'Rocky Balboa',
      arrangement:
        "Apollo Creed, Rocky's old rival, trains him after Mickey dies, taking him back to basics with his own techniques.",
    },
    fight: {
      opponent: 'James "Clubber" Lang (Mr. T)',
      stakes: 'The rematch with James "Clubber" Lang, who knocked Rocky out in their first fight.',
    },
    setting: "Los Angeles: Apollo's old gym and the beach, with the surf scenes at Santa Monica.",
    music: {
      tracks: [{ title: 'Gonna Fly Now', credit: "Bill Conti's Rocky III arrangement" }],
      note: 'Bill Conti\'s Rocky III version of "Gonna Fly Now". Survivor\'s "Eye of the Tiger" belongs to the film\'s opening montage of title defences, not to this training.',
    },
    moments: [
      'Apollo drills Rocky on how to step and how to dodge.',
      'Speed and agility work in place of raw power.',
      'Rocky and Apollo run on the beach and through the surf.',
    ],
    verdict: {
      summary:
        'Apollo training Rocky is a novelty that keeps Creed in the story, and the focus on speed makes sense against Clubber Lang. The article sees it as the natural high point of the Rocky and Apollo friendship, but it lacks the intensity and drama of the others, which puts it last.',
      quote: 'it lacks the same intensity and drama as the other montages',
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
      {
        names: ['Apollo', 'Apollo Creed', 'Carl Weathers'],
        as: "Apollo Creed, Rocky's old rival, now trains him.",
      },
      { names: ['Gonna Fly Now', 'Bill Conti'], as: "Bill Conti's Rocky III arrangement." },
    ],
  },
] as const satisfies readonly MontageInput[];
