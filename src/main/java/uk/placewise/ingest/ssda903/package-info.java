/** The SSDA903 return as submitted to the DfE (XML), read as its DfE tables: Header, Episodes, Missing, OC2, Reviews. */
package uk.placewise.ingest.ssda903;
