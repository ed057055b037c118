package uk.placewise.ingest.tables;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for untrusted XML: no DTD, no external entities (XXE), the JDK's own parser whatever
 * else is on the classpath, and its entity limits kept.
 */
public final class SafeXml {

	private SafeXml() {
	}

	public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		return factory.createXMLStreamReader(in);
	}
}
