// www/files.js: the limits are checked on the size before a byte is read, text is decoded by its
// byte-order mark, and a file of saved answers that is empty, null, not an object or answers
// nothing is refused with the key of its message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ANSWERS_MAX_BYTES, CSV_MAX_BYTES, decodeText, fileBytes, megabytes, readAnswersFile } from '../../www/files.js';

/** A file the page is handed; `read` counts the times its bytes are asked for. */
function handed(text, size = Buffer.byteLength(text)) {
  const f = { size, reads: 0, async arrayBuffer() { this.reads++; return new TextEncoder().encode(text).buffer; } };
  return f;
}

test('a file over the limit is refused on its size, its bytes never asked for', async () => {
  for (const [max, size] of [[ANSWERS_MAX_BYTES, 48 * 1024 * 1024], [CSV_MAX_BYTES, 2 * 1024 ** 3 + 1]]) {
    const f = handed('{}', size);
    assert.deepEqual(await fileBytes(f, max), { error: 'tooBig', size, max });
    assert.equal(f.reads, 0);
  }
  const broken = { size: 10, arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) };
  assert.deepEqual(await fileBytes(broken, CSV_MAX_BYTES), { error: 'unreadable' }, 'a read that fails is a message, not an unhandled rejection');
});

test('sizes read as people read them, in either language', () => {
  assert.equal(megabytes(ANSWERS_MAX_BYTES, 'sv'), '1\u00a0MB');
  assert.equal(megabytes(20 * 1024 * 1024 + 104858, 'sv'), '20,1\u00a0MB');
  assert.equal(megabytes(20 * 1024 * 1024 + 104858, 'en'), '20.1\u00a0MB');
  assert.equal(megabytes(2 * 1024 ** 3 + 1024 ** 2, 'sv'), '2\u00a0GB');
});

test('text by its byte-order mark: UTF-8, UTF-16 little- and big-endian', () => {
  const text = '{"person":{"age":40}} åäö';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le);
  for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
  for (const bytes of [Buffer.from(text), Buffer.from(`\ufeff${text}`), le, be]) assert.equal(decodeText(new Uint8Array(bytes)), text);
});

test('saved answers: empty, null, not an object, or answering nothing are refused; answers are read', async () => {
  const cases = [
    ['', 'empty'], ['  \n', 'empty'], ['null', 'empty'], ['nicht json', 'notJson'], ['[1]', 'notJson'], ['"text"', 'notJson'], ['42', 'notJson'],
    ['{}', 'noAnswers'], ['{"employer":{},"person":{},"provider":{},"measures":[]}', 'noAnswers'],
    ['{"person":{"work_capacity":"unknown","age":null},"measures":[{}],"scope":["fk_samordning"]}', 'noAnswers'],
  ];
  for (const [text, error] of cases) assert.deepEqual(await readAnswersFile(handed(text)), { error }, JSON.stringify(text));
  assert.deepEqual(await readAnswersFile(handed('{"measures":[{"kind":"kbt"}]}')), { doc: { measures: [{ kind: 'kbt' }] } });
  assert.deepEqual(await readAnswersFile(handed('{"person":{"has_sgi":false}}')), { doc: { person: { has_sgi: false } } }, 'false is an answer');
});
