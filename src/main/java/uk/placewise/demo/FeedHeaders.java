package uk.placewise.demo;

/**
 * Header rows exactly as feeds.md defines them (the nightly job recognises a file by its header) and file names
 * of the inbox.
 */
final class FeedHeaders {

	static final String OFSTED_PROVIDERS_FILE = "ofsted-providers.csv";

	/**
	 * Ofsted's 2025 provider-level header, cell for cell, including the line breaks that lead some cells and the
	 * 13 unnamed trailing columns of the published file (45 cells).
	 */
	static final String[] OFSTED_PROVIDERS = { "Web link", "URN", "Linked Education URN", "Provision type",
			"Registration date", "Registration status", "Name", "Address 1", "Address 2", "Town", "County", "Postcode",
			"Ofsted Region", "Government Office Region", "Local authority", "Parliamentary constituency", "Sector",
			"Places", "Supported accommodation premises", "Short-break-only children's home",
			"Multi Building Children's Home", "Organisation which owns the provider",
			"\nLatest Full inspection event type", "\nLatest full inspection date",
			"Latest full inspection publication date", "\nLatest full inspection event number",
			"\nOverall experiences and progress of children and young people",
			"Outcomes in education and related learning activities", "Health services",
			"\nHow well children and young people are helped and protected",
			"The effectiveness of leaders and managers", "Supported Accommodation outcome", "", "", "", "", "", "", "",
			"", "", "", "", "", "" };

	static final String[] OFSTED_INSPECTIONS = { "urn", "event_date", "event_type", "judgement", "published_date" };

	static final String[] OFSTED_ENFORCEMENT = { "urn", "action", "start_date", "end_date" };

	static final String[] SSDA903_HEADER = { "CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB" };

	static final String[] SSDA903_EPISODES = { "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC",
			"REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN" };

	static final String[] SSDA903_MISSING = { "CHILD", "DOB", "MISSING", "MIS_START", "MIS_END" };

	/**
	 * The DfE OC2 table, with the optional trailing YEAR column: risk-model.md dates an SDQ score 31 March of
	 * YEAR, so a multi-year export must carry it.
	 */
	static final String[] SSDA903_OC2 = { "CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK",
			"IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED",
			"INTERVENTION_OFFERED", "YEAR" };

	static final String[] REG44 = { "urn", "visit_date", "report_received", "children_safeguarded",
			"wellbeing_promoted", "recommendations_outstanding", "visitor" };

	static final String[] REG45 = { "urn", "review_date", "period_start", "period_end" };

	static final String[] QA_VISITS = { "urn", "visit_date", "visit_type", "outcome", "officer" };

	static final String[] CONCERNS = { "concern_id", "urn", "raised_date", "category", "status", "closed_date" };

	static final String[] VIABILITY = { "provider", "check_date", "rating" };

	static final String[] RETURN_INTERVIEWS = { "child", "mis_start", "offered_date", "completed_date" };

	static final String[] COSTS = { "child", "urn", "start_date", "end_date", "weekly_cost", "placement_type" };

	static final String[] SETTINGS = { "local_id", "urn", "setting_name", "provider", "setting_type", "postcode",
			"registered" };

	static final String[] POSTCODES = { "postcode", "latitude", "longitude" };

	private FeedHeaders() {
	}

}
