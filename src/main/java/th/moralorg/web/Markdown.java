package th.moralorg.web;

/**
 * Text for the Markdown that Tasklist's forms render (form-js text components fill in a variable
 * with {@code {{name}}} and render the result as Markdown). What an organisation typed goes in as
 * plain text: every ASCII punctuation mark a Markdown or HTML rule could act on is backslash-escaped
 * and line breaks fold to spaces, so a name can make no link, heading, list, tag or second line.
 */
public final class Markdown {

    private static final String SPECIAL = "\\`*_{}[]()<>#+-.!|~&\"'=:";

    private Markdown() {
    }

    /** {@code text} as literal Markdown; "—" for nothing. */
    public static String text(Object text) {
        if (text == null || text.toString().isBlank()) {
            return "—";
        }
        StringBuilder out = new StringBuilder();
        text.toString().strip().codePoints().forEach(c -> {
            if (c == '\r' || c == '\n' || c == '\t') {
                out.append(' ');
            } else {
                if (c < 128 && SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** A list item "- **label:** value" with {@code value} escaped, and its line break. */
    public static String item(String label, Object value) {
        return "- **" + label + ":** " + text(value) + "\n";
    }
}
