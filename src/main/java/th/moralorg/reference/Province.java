package th.moralorg.reference;

/** A province as the Department of Provincial Administration numbers it (seed 5.1: one PCO each). */
public record Province(String code, String isoCode, String nameTh, String nameEn) {
}
