package uk.placewise.facts;

import java.time.LocalDate;

/**
 * A missing ("M") or away without authorisation ("A") episode, attributed to the setting where the
 * child was placed on its start date ({@code urn} null when that placement had no URN).
 *
 * @param rhiOffered the return home interview offer date when recorded, else null
 * @param rhiRecorded true when the return-interviews feed has a row for this episode
 */
public record MissingEpisode(String child, String urn, String kind, LocalDate start, LocalDate end,
		boolean rhiRecorded, LocalDate rhiOffered, Source source) {
}
