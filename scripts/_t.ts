import { findEnglishDates } from '../src/extract/english/dates.js';
const ref = '2026-12-03T08:00:00+07:00';
for (const s of ['Exports reached $369.9 billion in the first 11 months, up 14.4 percent.', 'Son said on Friday that from January to November sales rose; last month they fell; in Q3 and the first half.', 'At 2pm on July 20, 2026, the grid peaked. On December 6 and 6 December. In 2015 and the 2026-2030 period. May rise. In May. Last Thursday. Next Monday morning. The same period last year. end of August, this year, last week.', 'He may come. 2000 workers joined in 2019 farmers.'])
  console.log(findEnglishDates(s, { reference: ref }).map((d) => `${d.text}=${d.value}/${d.grain}/${d.to}/${d.inferred}`).join(' | '));
