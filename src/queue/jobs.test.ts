import test from 'ava';
import { questionOf } from '../batch/tasks.js';
import { sha256Hex } from '../pipeline/extract.js';
import { decodeJob, encodeJob, jobIdOf } from './jobs.js';

const page = '<html><head><meta charset="utf-8"><title>Hải Phòng mở rộng cảng Lạch Huyện</title></head><body><p>Ngày 2/4, TP Hải Phòng khởi công bến số 7.</p></body></html>';

test('a job carries the bytes deflated beside its data and gives them back whole; its id is sha256 + a hash of the source', (t) => {
  const bytes = new TextEncoder().encode(page.repeat(20));
  const { jobId, data, payload } = encodeJob({ source: 'warc:crawl.warc.gz#1234', format: 'html', bytes, url: 'https://hp.example.vn/a', fetchedAt: '2026-04-02T01:00:00Z' });
  const id = sha256Hex(bytes);
  t.is(data.id, id);
  t.is(jobId, jobIdOf(id, 'warc:crawl.warc.gz#1234'));
  t.regex(jobId, /^[0-9a-f]{64}-[0-9a-f]{32}$/, 'no ":" (BullMQ refuses it in custom ids)');
  t.true(payload!.byteLength < bytes.byteLength / 4, `deflated: ${payload!.byteLength} bytes for ${bytes.byteLength}`);
  t.true(JSON.stringify(data).length < 400, 'the job data is metadata only');
  const doc = decodeJob(data, payload);
  t.deepEqual(Buffer.from(doc.bytes!), Buffer.from(bytes));
  t.is(doc.url, 'https://hp.example.vn/a');
  t.is(doc.fetchedAt, '2026-04-02T01:00:00Z');
  t.is(doc.id, id);
});

test('same bytes under another source: another job; same source and bytes: the same job id', (t) => {
  const a = encodeJob({ source: 'a.html', format: 'html', bytes: Buffer.from(page) });
  const b = encodeJob({ source: 'b.html', format: 'html', bytes: Buffer.from(page) });
  const a2 = encodeJob({ source: 'a.html', format: 'html', bytes: Buffer.from(page) });
  t.not(a.jobId, b.jobId);
  t.is(a.jobId, a2.jobId);
});

test('text documents come back as text; a failed source has no payload; a lost payload is an error', (t) => {
  const text = encodeJob({ source: 'dump.jsonl#3', format: 'text', content: 'Sáng 5/6, Quốc hội thảo luận dự án Luật Đất đai (sửa đổi).' });
  const textDoc = { source: 'dump.jsonl#3', format: 'text' as const, content: 'Sáng 5/6, Quốc hội thảo luận dự án Luật Đất đai (sửa đổi).' };
  t.deepEqual([text.data.id, text.data.size], [questionOf(textDoc).id, questionOf(textDoc).size], 'the batch engine\'s id and size');
  t.is(decodeJob(text.data, text.payload).content, 'Sáng 5/6, Quốc hội thảo luận dự án Luật Đất đai (sửa đổi).');
  const failed = encodeJob({ source: 'missing.html', format: 'html', failure: { stage: 'ingest', reason: 'no such file or directory' } });
  t.is(failed.payload, null);
  t.is(failed.data.id, sha256Hex('source:missing.html'));
  t.deepEqual(decodeJob(failed.data, null).failure, { stage: 'ingest', reason: 'no such file or directory' });
  t.throws(() => decodeJob(text.data, null), { message: /lost its payload/ });
});
