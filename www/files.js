// Files the user hands the page: a file of saved answers (the questionnaire's "Öppna sparade svar")
// and a CSV file of invoice lines (the provider tools). Both are read here, in the browser only,
// with a size limit checked before a byte is read: a file too large is refused at once with the
// limit in the message, never read into memory and parsed while the page waits. Text is decoded
// by its byte-order mark (UTF-8, or UTF-16 as Excel's "Unicode text" writes it). What goes wrong
// is a message key (i18n.js `file`, provider-text.js), never an exception the user does not see.

/** The largest file of saved answers: one with 500 measures (the most the answers hold) is about 200 kB. */
export const ANSWERS_MAX_BYTES = 1024 * 1024;
/** The largest CSV file the page reads: 1 000 lines of a dozen columns are about 0.2 MB. */
export const CSV_MAX_BYTES = 2 * 1024 * 1024;

/** A size as people read it: "1 MB", "19,1 MB" (sv) or "19.1 MB" (en), "2 GB" from 1 024 MB. */
export function megabytes(bytes, lang) {
  const gb = bytes >= 1024 ** 3;
  const n = Math.round((bytes / 1024 ** (gb ? 3 : 2)) * 10) / 10;
  const text = Number.isInteger(n) ? String(n) : n.toFixed(1);
  return `${lang === 'sv' ? text.replace('.', ',') : text}\u00a0${gb ? 'GB' : 'MB'}`;
}

/**
 * The bytes of `file`, or { error } when it is larger than `max` ('tooBig', with its size) or
 * cannot be read ('unreadable': the browser refused, or the file went away while being read).
 */
export async function fileBytes(file, max) {
  if (file.size > max) return { error: 'tooBig', size: file.size, max };
  try {
    return { bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { error: 'unreadable' };
  }
}

/** Text from bytes: UTF-16 by its byte-order mark, else UTF-8 (a UTF-8 mark is dropped). */
export function decodeText(bytes) {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/** Whether a document of answers answers anything: a value other than null or "unknown", `scope` aside. */
function answersSomething(v, top = true) {
  if (v === null || v === undefined || v === 'unknown') return false;
  if (Array.isArray(v)) return v.some((x) => answersSomething(x, false));
  if (typeof v === 'object') return Object.entries(v).some(([k, x]) => !(top && k === 'scope') && answersSomething(x, false));
  return true;
}

/**
 * A file of saved answers read and parsed: { doc } (an object; the engine checks it further), or
 * { error } — 'tooBig' (with size and max), 'unreadable', 'notJson' (not JSON, or JSON that is
 * not an object), 'empty' (nothing in it, or `null`) or 'noAnswers' (an object that answers
 * nothing: opening it would clear every answer). The parse is one step: at most ANSWERS_MAX_BYTES
 * of JSON, a few milliseconds.
 */
export async function readAnswersFile(file) {
  const read = await fileBytes(file, ANSWERS_MAX_BYTES);
  if (read.error) return read;
  const text = decodeText(read.bytes);
  if (!text.trim()) return { error: 'empty' };
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return { error: 'notJson' };
  }
  if (doc === null) return { error: 'empty' };
  if (typeof doc !== 'object' || Array.isArray(doc)) return { error: 'notJson' };
  if (!answersSomething(doc)) return { error: 'noAnswers' };
  return { doc };
}

/**
 * Gives the browser a turn (to paint, to take a click, to run the page's other tasks) before the
 * next part of a long piece of work. A task of its own (MessageChannel: no 4 ms clamp as with
 * setTimeout), not scheduler.yield(): that one's continuations run before every other task of
 * the page, so a long series of parts kept a host page's timers from running for seconds.
 */
export function yieldToBrowser(win) {
  if (typeof win.MessageChannel !== 'function') return new Promise((resolve) => win.setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new win.MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
