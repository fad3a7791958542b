package th.moralorg.reference;

/**
 * A code that people read in Thai. Each kind of code is one enum in this package, and its Thai
 * name is spelled there only (docs/architecture.md, "Thai names"); pages, mails, exports and
 * {@code /api} answers take it from the enum, through {@link ThaiNames}.
 */
public interface ThaiNamed {

    /** The enum constant's name (every ThaiNamed is an enum). */
    String name();

    /** The code as stored and as API clients send it: the constant's name unless the kind says otherwise. */
    default String code() {
        return name();
    }

    /** The name as people read it. */
    String thai();
}
