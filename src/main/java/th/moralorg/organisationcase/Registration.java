package th.moralorg.organisationcase;

/** Form อ.01 (seed 5.2.1(1)) as validated: the organisation's intent to join and its basic data. */
record Registration(
        String organisationName,
        String organisationType,
        String parentBody,
        String address,
        String provinceCode,
        int executiveCount,
        int memberCount,
        String headName,
        String coordinatorName,
        String coordinatorPosition,
        String coordinatorPhone,
        String coordinatorEmail,
        int fiscalYear) {

    /** The form as stored in mo.form_submission. */
    java.util.Map<String, Object> asData() {
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("organisationName", organisationName);
        data.put("organisationType", organisationType);
        data.put("parentBody", parentBody);
        data.put("address", address);
        data.put("provinceCode", provinceCode);
        data.put("executiveCount", executiveCount);
        data.put("memberCount", memberCount);
        data.put("headName", headName);
        data.put("coordinatorName", coordinatorName);
        data.put("coordinatorPosition", coordinatorPosition);
        data.put("coordinatorPhone", coordinatorPhone);
        data.put("coordinatorEmail", coordinatorEmail);
        data.put("fiscalYear", fiscalYear);
        return data;
    }

    /** Folds letter case and spaces, so "มูลนิธิ  ก" and "มูลนิธิ ก" are one organisation. */
    String nameKey() {
        return organisationName.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
