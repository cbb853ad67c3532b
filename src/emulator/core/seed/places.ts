import type { Rng } from '../prng'

/** Address and phone material per country: real towns with matching zips and states. */
export interface Place {
  zip: string
  town: string
  state: string
  /** Area code without the leading 0, for landline numbers. */
  area: string
}

export interface CountryProfile {
  countryId: string
  places: Place[]
  streets: string[]
  phonePrefix: string
  mobilePrefixes: string[]
  mailDomains: string[]
  locale: string
}

const de: CountryProfile = {
  countryId: 'c-de',
  places: [
    { zip: '80802', town: 'München', state: 'Bayern', area: '89' },
    { zip: '10115', town: 'Berlin', state: 'Berlin', area: '30' },
    { zip: '20095', town: 'Hamburg', state: 'Hamburg', area: '40' },
    { zip: '50667', town: 'Köln', state: 'Nordrhein-Westfalen', area: '221' },
    { zip: '60311', town: 'Frankfurt am Main', state: 'Hessen', area: '69' },
    { zip: '70173', town: 'Stuttgart', state: 'Baden-Württemberg', area: '711' },
    { zip: '40213', town: 'Düsseldorf', state: 'Nordrhein-Westfalen', area: '211' },
    { zip: '04109', town: 'Leipzig', state: 'Sachsen', area: '341' },
    { zip: '90402', town: 'Nürnberg', state: 'Bayern', area: '911' },
    { zip: '01067', town: 'Dresden', state: 'Sachsen', area: '351' },
    { zip: '79098', town: 'Freiburg im Breisgau', state: 'Baden-Württemberg', area: '761' },
    { zip: '48143', town: 'Münster', state: 'Nordrhein-Westfalen', area: '251' },
    { zip: '97070', town: 'Würzburg', state: 'Bayern', area: '931' },
    { zip: '94032', town: 'Passau', state: 'Bayern', area: '851' },
    { zip: '83022', town: 'Rosenheim', state: 'Bayern', area: '8031' },
  ],
  streets: [
    'Hauptstraße',
    'Bahnhofstraße',
    'Schillerstraße',
    'Goethestraße',
    'Lindenweg',
    'Kirchgasse',
    'Am Markt',
    'Leopoldstraße',
    'Gartenstraße',
    'Bergstraße',
    'Friedrichstraße',
    'Königsallee',
    'Mühlenweg',
    'Große Bleichen',
    'Schloßstraße',
    'Am Grünen Hang',
    'Ludwigstraße',
    'Rosenheimer Straße',
  ],
  phonePrefix: '+49',
  mobilePrefixes: ['151', '160', '170', '171', '176', '152'],
  mailDomains: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de'],
  locale: 'de',
}

const at: CountryProfile = {
  countryId: 'c-at',
  places: [
    { zip: '1010', town: 'Wien', state: 'Wien', area: '1' },
    { zip: '1070', town: 'Wien', state: 'Wien', area: '1' },
    { zip: '8010', town: 'Graz', state: 'Steiermark', area: '316' },
    { zip: '4020', town: 'Linz', state: 'Oberösterreich', area: '732' },
    { zip: '5020', town: 'Salzburg', state: 'Salzburg', area: '662' },
    { zip: '6020', town: 'Innsbruck', state: 'Tirol', area: '512' },
    { zip: '9020', town: 'Klagenfurt am Wörthersee', state: 'Kärnten', area: '463' },
    { zip: '3100', town: 'St. Pölten', state: 'Niederösterreich', area: '2742' },
    { zip: '6900', town: 'Bregenz', state: 'Vorarlberg', area: '5574' },
    { zip: '4600', town: 'Wels', state: 'Oberösterreich', area: '7242' },
  ],
  streets: [
    'Mariahilfer Straße',
    'Landstraßer Hauptstraße',
    'Herrengasse',
    'Getreidegasse',
    'Maria-Theresien-Straße',
    'Kärntner Straße',
    'Schönbrunner Straße',
    'Annenstraße',
    'Linzer Gasse',
    'Währinger Straße',
    'Hauptplatz',
  ],
  phonePrefix: '+43',
  mobilePrefixes: ['664', '676', '660', '699', '650'],
  mailDomains: ['aon.at', 'gmx.at', 'chello.at', 'gmail.com', 'a1.net'],
  locale: 'de_AT',
}

const ch: CountryProfile = {
  countryId: 'c-ch',
  places: [
    { zip: '8001', town: 'Zürich', state: 'Zürich', area: '44' },
    { zip: '3011', town: 'Bern', state: 'Bern', area: '31' },
    { zip: '4051', town: 'Basel', state: 'Basel-Stadt', area: '61' },
    { zip: '6003', town: 'Luzern', state: 'Luzern', area: '41' },
    { zip: '9000', town: 'St. Gallen', state: 'St. Gallen', area: '71' },
    { zip: '8400', town: 'Winterthur', state: 'Zürich', area: '52' },
    { zip: '6300', town: 'Zug', state: 'Zug', area: '41' },
  ],
  // Swiss German writes "ss" instead of "ß".
  streets: [
    'Bahnhofstrasse',
    'Seestrasse',
    'Dorfstrasse',
    'Hauptgasse',
    'Kramgasse',
    'Marktgasse',
    'Rennweg',
  ],
  phonePrefix: '+41',
  mobilePrefixes: ['79', '78', '76', '77'],
  mailDomains: ['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'gmail.com'],
  locale: 'de_CH',
}

const li: CountryProfile = {
  countryId: 'c-li',
  places: [{ zip: '9490', town: 'Vaduz', state: 'Oberland', area: '23' }],
  streets: ['Städtle', 'Äulestrasse', 'Landstrasse'],
  phonePrefix: '+423',
  mobilePrefixes: ['78', '79'],
  mailDomains: ['adon.li', 'gmail.com'],
  locale: 'de_LI',
}

const elsewhere: CountryProfile[] = [
  {
    countryId: 'c-nl',
    places: [{ zip: '1012 AB', town: 'Amsterdam', state: 'Noord-Holland', area: '20' }],
    streets: ['Keizersgracht', 'Damrak'],
    phonePrefix: '+31',
    mobilePrefixes: ['6'],
    mailDomains: ['ziggo.nl', 'gmail.com'],
    locale: 'nl',
  },
  {
    countryId: 'c-it',
    places: [{ zip: '39100', town: 'Bolzano', state: 'Trentino-Alto Adige', area: '471' }],
    streets: ['Via della Mostra', 'Piazza Walther'],
    phonePrefix: '+39',
    mobilePrefixes: ['333', '347'],
    mailDomains: ['libero.it', 'gmail.com'],
    locale: 'it',
  },
  {
    countryId: 'c-fr',
    places: [{ zip: '67000', town: 'Strasbourg', state: 'Grand Est', area: '3' }],
    streets: ['Rue du Dôme', 'Quai des Bateliers'],
    phonePrefix: '+33',
    mobilePrefixes: ['6', '7'],
    mailDomains: ['orange.fr', 'gmail.com'],
    locale: 'fr',
  },
  {
    countryId: 'c-gb',
    places: [{ zip: 'SW1A 1AA', town: 'London', state: 'England', area: '20' }],
    streets: ['Baker Street', 'Kensington High Street'],
    phonePrefix: '+44',
    mobilePrefixes: ['7700', '7911'],
    mailDomains: ['btinternet.com', 'gmail.com'],
    locale: 'en_GB',
  },
]

export function pickCountryProfile(rng: Rng): CountryProfile {
  const roll = rng.next()
  if (roll < 0.55) return de
  if (roll < 0.8) return at
  if (roll < 0.93) return ch
  if (roll < 0.95) return li
  return rng.pick(elsewhere)
}

const digits = (rng: Rng, count: number): string => {
  let out = ''
  for (let i = 0; i < count; i++) out += String(rng.int(0, 9))
  return out
}

export function landline(rng: Rng, profile: CountryProfile, place: Place): string {
  if (profile.countryId === 'c-ch')
    return `+41 ${place.area} ${digits(rng, 3)} ${digits(rng, 2)} ${digits(rng, 2)}`
  return `${profile.phonePrefix} ${place.area} ${String(rng.int(1, 9))}${digits(rng, rng.int(4, 6))}`
}

export function mobile(rng: Rng, profile: CountryProfile): string {
  const prefix = rng.pick(profile.mobilePrefixes)
  if (profile.countryId === 'c-ch')
    return `+41 ${prefix} ${digits(rng, 3)} ${digits(rng, 2)} ${digits(rng, 2)}`
  return `${profile.phonePrefix} ${prefix} ${digits(rng, rng.int(7, 8))}`
}

export function houseNumber(rng: Rng): string {
  const n = String(rng.int(1, 180))
  const roll = rng.next()
  if (roll < 0.12) return `${n}${rng.pick(['a', 'b', 'c'])}`
  if (roll < 0.2) return `${n}/${String(rng.int(1, 24))}`
  return n
}

export const defaultProfiles = { de, at, ch }
