/**
 * Text for a terminal from untrusted input (object names, keys, values, file names): control characters are
 * shown as escapes, so a manifest cannot move the cursor, clear the screen, retitle the window or hide a line
 * (ESC sequences, 8-bit C1 controls such as CSI U+009B, carriage returns), and bidirectional overrides cannot
 * reorder what is shown ("Trojan Source").
 */

// C0 controls but tab, DEL, C1 controls; line and paragraph separators; bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every unsafe character written as `\xHH` (below U+0100) or `\uHHHH`. */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * JSON text with the unsafe characters JSON.stringify leaves raw (DEL, C1 controls, separators, bidi controls)
 * written as `\uHHHH`: the same JSON value, safe to print. Those characters only occur inside strings there.
 */
export function escapeJsonControls(json: string): string {
  // eslint-disable-next-line no-control-regex
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
