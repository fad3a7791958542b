package th.moralorg.validation;

import java.text.Normalizer;

/** File names as a browser sent them, made safe to store, list and offer for download. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * The last path segment only, without control and format characters (NUL, bidi overrides such
     * as U+202E that make "evil\u202Efdp.exe" look like a PDF, zero-width characters) and without
     * the characters Windows refuses in names; blank when nothing usable is left.
     */
    public static String clean(String original) {
        if (original == null) {
            return "";
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}]", "")
                .replaceAll("[<>:\"|?*]", "_")
                .replaceAll("\\s+", " ").strip();
    }
}
