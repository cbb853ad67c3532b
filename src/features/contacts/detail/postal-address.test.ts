import { blockIncludesState, formatPostalAddress, type PostalAddressParts } from './postal-address'

const empty: PostalAddressParts = {
  street: null,
  house: null,
  street2: null,
  zip: null,
  town: null,
  state: null,
  countryCode: null,
}

test('writes a German address as street + house, then postcode before town, without the state', () => {
  expect(
    formatPostalAddress({
      ...empty,
      street: 'Hauptstraße',
      house: '12a',
      street2: 'Hinterhaus',
      zip: '80331',
      town: 'München',
      state: 'Bayern',
      countryCode: 'DE',
    }),
  ).toEqual(['Hauptstraße 12a', 'Hinterhaus', '80331 München'])
})

test.each(['AT', 'CH', 'LI', 'it', 'PL'])('uses the continental form for %s', (code) => {
  expect(
    formatPostalAddress({
      ...empty,
      street: 'Ring',
      house: '3',
      zip: '1010',
      town: 'Wien',
      countryCode: code,
    }),
  ).toEqual(['Ring 3', '1010 Wien'])
})

test('writes a US address with house first and "town, state zip"', () => {
  expect(
    formatPostalAddress({
      ...empty,
      street: 'Main Street',
      house: '1600',
      street2: 'Suite 200',
      zip: '94043',
      town: 'Mountain View',
      state: 'CA',
      countryCode: 'US',
    }),
  ).toEqual(['1600 Main Street', 'Suite 200', 'Mountain View, CA 94043'])
})

test('writes a British address with the postcode on its own line', () => {
  expect(
    formatPostalAddress({
      ...empty,
      street: 'Downing Street',
      house: '10',
      zip: 'SW1A 2AA',
      town: 'London',
      countryCode: 'GB',
    }),
  ).toEqual(['10 Downing Street', 'London', 'SW1A 2AA'])
})

test('writes a French address with the number before the street', () => {
  expect(
    formatPostalAddress({
      ...empty,
      street: 'rue de Rivoli',
      house: '99',
      zip: '75001',
      town: 'Paris',
      countryCode: 'FR',
    }),
  ).toEqual(['99 rue de Rivoli', '75001 Paris'])
})

test('falls back to the continental form when the country is unknown', () => {
  expect(
    formatPostalAddress({ ...empty, street: 'Weg', house: '1', zip: '1234', town: 'Ort', countryCode: 'ZZ' }),
  ).toEqual(['Weg 1', '1234 Ort'])
})

test('drops missing parts instead of leaving blank lines or stray commas', () => {
  expect(formatPostalAddress({ ...empty, town: 'Mountain View', countryCode: 'US' })).toEqual([
    'Mountain View',
  ])
  expect(formatPostalAddress({ ...empty, state: 'CA', zip: '94043', countryCode: 'US' })).toEqual([
    'CA 94043',
  ])
  expect(formatPostalAddress({ ...empty, house: '  ', street: ' Gasse ', countryCode: 'DE' })).toEqual([
    'Gasse',
  ])
  expect(formatPostalAddress(empty)).toEqual([])
})

test('writes a Canadian address like a US one: "town, province postcode"', () => {
  expect(
    formatPostalAddress({
      ...empty,
      street: 'Wellington Street',
      house: '111',
      zip: 'K1A 0A9',
      town: 'Ottawa',
      state: 'ON',
      countryCode: 'CA',
    }),
  ).toEqual(['111 Wellington Street', 'Ottawa, ON K1A 0A9'])
})

test('writes an Australian address with town, state and postcode on one line, without a comma', () => {
  expect(
    formatPostalAddress({
      ...empty,
      street: 'George Street',
      house: '200',
      street2: 'Level 5',
      zip: '2000',
      town: 'Sydney',
      state: 'NSW',
      countryCode: 'AU',
    }),
  ).toEqual(['200 George Street', 'Level 5', 'Sydney NSW 2000'])
})

test.each(['NZ', 'IE', 'gb '])(
  'writes a %s address British style: town, county, postcode each on a line',
  (code) => {
    expect(
      formatPostalAddress({
        ...empty,
        street: 'Grafton Street',
        house: '7',
        street2: 'Unit 3',
        zip: 'D02 XY45',
        town: 'Dublin',
        state: 'Co. Dublin',
        countryCode: code,
      }),
    ).toEqual(['7 Grafton Street', 'Unit 3', 'Dublin', 'Co. Dublin', 'D02 XY45'])
  },
)

test.each(['LU', 'MC'])('writes a %s address with the number before the street and "zip town"', (code) => {
  expect(
    formatPostalAddress({
      ...empty,
      street: 'Boulevard Royal',
      house: '2',
      street2: 'Bâtiment B',
      zip: '2449',
      town: 'Luxembourg',
      state: 'Luxembourg',
      countryCode: code,
    }),
  ).toEqual(['2 Boulevard Royal', 'Bâtiment B', '2449 Luxembourg'])
})

test('only the conventions that print the state say so, so the page shows it apart for the others', () => {
  expect(['US', 'CA', 'AU', 'GB', 'IE', 'NZ', 'us'].map(blockIncludesState)).toEqual(Array(7).fill(true))
  expect(['DE', 'FR', 'LU', 'MC', 'ZZ', null].map(blockIncludesState)).toEqual(Array(6).fill(false))
})
