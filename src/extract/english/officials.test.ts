import test from 'ava';
import { findEnglishOfficials } from './officials.js';

const positions = (o: { positions: Array<{ title: string; organization: string | null; organizationFull: string | null; text: string }> }) =>
  o.positions.map((p) => [p.title, p.organization, p.organizationFull, p.text]);

test('"Deputy Prime Minister Bui Thanh Son" and the short form "Son said"', (t) => {
  const text = 'Deputy Prime Minister Bui Thanh Son said on Friday that exports would keep growing. "We must move faster," Son said.';
  const [o, ...rest] = findEnglishOfficials(text);
  t.is(rest.length, 0);
  t.is(o!.name, 'Bui Thanh Son');
  t.deepEqual(positions(o!), [['Deputy Prime Minister', null, 'Government', 'Deputy Prime Minister']]);
  t.deepEqual(o!.mentions.map((m) => text.slice(...m.span)), ['Bui Thanh Son', 'Son']);
});

test('"Minister of Industry and Trade Nguyen Hong Dien": organization as written, ministry in full', (t) => {
  const [o] = findEnglishOfficials('Minister of Industry and Trade Nguyen Hong Dien opened the fair.');
  t.is(o!.name, 'Nguyen Hong Dien');
  t.deepEqual(positions(o!), [['Minister', 'Industry and Trade', 'Ministry of Industry and Trade', 'Minister of Industry and Trade']]);
});

test('"Hanoi People\'s Committee Chairman Tran Sy Thanh": the body before the office', (t) => {
  const [o] = findEnglishOfficials("Hanoi People's Committee Chairman Tran Sy Thanh inspected the site. Mr Thanh asked for a report.");
  t.is(o!.name, 'Tran Sy Thanh');
  t.deepEqual(positions(o!), [['Chairman', "Hanoi People's Committee", "Hanoi People's Committee", "Hanoi People's Committee Chairman"]]);
  t.is(o!.gender, 'male');
  t.is(o!.mentions.length, 2);
});

test('appositive: "Le Thi Hoa, chairwoman of Song Hau Rice JSC," with the company expanded', (t) => {
  const [o] = findEnglishOfficials('Le Thi Hoa, chairwoman of Song Hau Rice JSC, said orders were strong. She added that prices would rise.');
  t.is(o!.name, 'Le Thi Hoa');
  t.deepEqual(positions(o!), [['chairwoman', 'Song Hau Rice JSC', 'Song Hau Rice Joint Stock Company', 'chairwoman of Song Hau Rice JSC']]);
  t.is(o!.gender, 'female');
});

test('a bare "provincial People\'s Committee" resolves to the province the article names', (t) => {
  const text = "Ben Tre Province grows coconuts. Vo Van Nam, chairman of the provincial People's Committee, said Ben Tre would add 2,000 hectares.";
  const [o] = findEnglishOfficials(text);
  t.deepEqual(positions(o!), [['chairman', "provincial People's Committee", "Ben Tre Provincial People's Committee", "chairman of the provincial People's Committee"]]);
});

test('foreign envoys: "Ambassador of Finland to Vietnam Anna Virtanen", "Anna Virtanen, Finland’s ambassador"', (t) => {
  const [a] = findEnglishOfficials('Ambassador of Finland to Vietnam Anna Virtanen visited the plant.');
  t.is(a!.name, 'Anna Virtanen');
  t.deepEqual(positions(a!), [['Ambassador', 'Finland', 'Embassy of Finland in Vietnam', 'Ambassador of Finland to Vietnam']]);
  const [b] = findEnglishOfficials('Anna Virtanen, Finland’s ambassador to Vietnam, visited the plant.');
  t.deepEqual(positions(b!), [['ambassador', 'Finland', 'Embassy of Finland in Vietnam', 'Finland’s ambassador to Vietnam']]);
});

test('names keep their diacritics as written', (t) => {
  const [o] = findEnglishOfficials('Deputy Minister of Finance Lê Văn Thành said the budget was on track.');
  t.is(o!.name, 'Lê Văn Thành');
});

test('no office, no official; a place after an office is not a name', (t) => {
  t.deepEqual(findEnglishOfficials('Nguyen Van An sells noodles in Hanoi. He said business was slow.'), []);
  t.deepEqual(findEnglishOfficials('The director of Ho Chi Minh City Department of Transport was absent.'), []);
  t.deepEqual(findEnglishOfficials('The Prime Minister said on Monday that growth would pick up.'), []);
});

test('a short form inside a place name is not a mention ("Vinh" in "Vinh Long")', (t) => {
  const text = 'Deputy Minister of Agriculture Ta Quang Vinh visited Vinh Long Province.';
  const [o] = findEnglishOfficials(text);
  t.deepEqual(o!.mentions.map((m) => text.slice(...m.span)), ['Ta Quang Vinh']);
});

test('foreign leaders and company heads: "Japanese Prime Minister Shigeru Ishiba and U.S. President Donald Trump", "Vingroup Chairman …"', (t) => {
  const os = findEnglishOfficials('Japanese Prime Minister Shigeru Ishiba and U.S. President Donald Trump met on Monday. Vingroup Chairman Pham Nhat Vuong joined them.');
  t.deepEqual(os.map((o) => [o.name, o.positions[0]!.text, o.positions[0]!.organization]), [
    ['Shigeru Ishiba', 'Japanese Prime Minister', 'Japanese'], ['Donald Trump', 'U.S. President', 'U.S.'], ['Pham Nhat Vuong', 'Vingroup Chairman', 'Vingroup'],
  ]);
});

test('a date or an adverb before an office is not its organization', (t) => {
  const [o] = findEnglishOfficials('Yesterday Minister of Health Dao Hong Lan visited the hospital.');
  t.deepEqual(positions(o!), [['Minister', 'Health', 'Ministry of Health', 'Minister of Health']]);
});
