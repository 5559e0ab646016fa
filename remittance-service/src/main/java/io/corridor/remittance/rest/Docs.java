package io.corridor.remittance.rest;

import io.corridor.remittance.service.IndicatorService;

/**
 * Wording the indicator and claim operations share in the OpenAPI document, which the gateway publishes as the
 * public contract: written once so that the same parameter reads the same everywhere.
 */
final class Docs {

    static final String CODE = "Indicator code: the World Bank's where one exists";
    static final String CODE_PATTERN = "^" + IndicatorService.CODE + "$";
    static final String LOCATION = "Path of the new resource";
    static final String COUNTRY = "ISO 3166-1 alpha-3 (answers use it); alpha-2 and UN M49 numbers are read too";
    static final String COUNTERPART = "The other country (alpha-3, alpha-2 or M49 number); none for non-bilateral only";
    static final String PERIOD = "YYYY, YYYY-Qn, YYYY-MM, YYYY/YYYY or YYY0s";
    static final String SEX = "total, female or male (SDMX _T, F and M are read too); default total";
    static final String AS_OF = "What Corridor had recorded at this date or date-time (default: now)";
    static final String VINTAGE = "What the publishers had released on this date (ALFRED vintage: the revision with the "
            + "latest release date on or before it; a month or a year means its last day)";
    static final String FIRST_RELEASE = "The first published value of each observation (on or before vintage when given)";
    static final String CLAIM_RULE = "The indicator is not in the catalogue, or the claim's unit cannot be compared with "
            + "its unit; errors name the field";
    static final String KIND = "dataset (imported) or document (stated in a document)";

    private Docs() {
    }
}
