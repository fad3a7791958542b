package th.moralorg.documents;

/**
 * Thai digits (๐–๙) for what the official format writes in them: dates, the document's own numbers,
 * page numbers (Cabinet resolution of 2 May 2543; docs/architecture.md, Documents). Data people
 * entered (scores, counts, telephone numbers) keep the digits they were entered with.
 */
public final class ThaiNumerals {

    private ThaiNumerals() {
    }

    /** {@code text} with every ASCII digit replaced by its Thai digit; everything else as it was. */
    public static String of(String text) {
        StringBuilder thai = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            thai.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
        }
        return thai.toString();
    }

    public static String of(long number) {
        return of(Long.toString(number));
    }
}
