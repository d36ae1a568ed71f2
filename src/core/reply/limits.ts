/** Only this much of a body is read: replies say what they are near the top (and a 5 MB body costs nothing more). */
export const MAX_BODY_CHARS = 40_000;
