package uk.placewise.assess;

/**
 * The band a rule in bands.drl decided for a setting.
 *
 * @param band Critical, High, Medium or Low
 * @param rule the rule that set it: a score band (BAND-HIGH) or a floor (BAND-FLOOR-OFS-INADEQUATE)
 */
public record Band(String urn, String band, String rule) {
}
