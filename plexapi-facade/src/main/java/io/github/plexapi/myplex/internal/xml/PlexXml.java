package io.github.plexapi.myplex.internal.xml;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.module.jakarta.xmlbind.JakartaXmlBindAnnotationModule;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;

/**
 * Reads plex.tv XML into the generated models (whose JAXB annotations say which names are
 * attributes and elements). Thread-safe; one instance can serve every account.
 *
 * <p>DTDs and external entities are refused. Characters illegal in XML 1.0, which plex.tv and media
 * servers sometimes emit, are stripped and the parse retried once.
 */
public final class PlexXml {
  private static final Pattern ILLEGAL_XML_10 =
      Pattern.compile(
          "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]"
              + "|&#(?:x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));");

  private static final Pattern PROLOG_WITH_DTD =
      Pattern.compile(
          "\\A\\uFEFF?(?:\\s|<\\?.*?\\?>|<!--.*?-->)*<!DOCTYPE",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private volatile XmlMapper mapper;

  /**
   * Creates a reader with plex.tv's conventions; its Jackson mapper is built on first use, so a
   * program that never reads XML never pays for it.
   */
  public PlexXml() {}

  private XmlMapper mapper() {
    XmlMapper built = mapper;
    if (built == null) {
      synchronized (this) {
        if (mapper == null) {
          mapper = newMapper();
        }
        built = mapper;
      }
    }
    return built;
  }

  private static XmlMapper newMapper() {
    XMLInputFactory input = XMLInputFactory.newFactory();
    input.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);

    SimpleModule plexConventions = new SimpleModule("plex-xml-conventions");
    plexConventions.addDeserializer(Boolean.class, new FlexibleBooleanDeserializer());
    plexConventions.addDeserializer(boolean.class, new FlexibleBooleanDeserializer());
    plexConventions.setDeserializerModifier(new IdListRule());

    return XmlMapper.builder(XmlFactory.builder().xmlInputFactory(input).build())
        .defaultUseWrapper(false)
        .addModule(new JakartaXmlBindAnnotationModule())
        .addModule(plexConventions)
        .addHandler(new KeepUnknownAsAdditionalProperties())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .build();
  }

  /**
   * Reads an XML document as {@code type}.
   *
   * @throws IOException if the document is not well-formed (even once illegal characters are
   *     stripped), declares a DTD, or does not fit the type
   */
  public <T> T read(byte[] xml, Type type) throws IOException {
    XmlMapper mapper = mapper();
    JavaType javaType = mapper.getTypeFactory().constructType(type);
    String text = withoutDtd(xml);
    try {
      return mapper.readValue(text, javaType);
    } catch (IOException first) {
      String cleaned = ILLEGAL_XML_10.matcher(text).replaceAll("");
      if (cleaned.equals(text)) {
        throw first;
      }
      return mapper.readValue(cleaned, javaType);
    }
  }

  /** Reads an XML document as a tree (element names as fields, attributes as fields). */
  public JsonNode readTree(byte[] xml) throws IOException {
    return mapper().readTree(withoutDtd(xml));
  }

  /**
   * The document as text, refused if its prolog declares a DTD: plex.tv never sends one, and a DTD
   * is how entity-expansion and external-entity attacks arrive.
   */
  private static String withoutDtd(byte[] xml) throws IOException {
    String text = new String(xml, StandardCharsets.UTF_8);
    if (PROLOG_WITH_DTD.matcher(text).lookingAt()) {
      throw new IOException("XML with a document type declaration is refused");
    }
    return text;
  }
}
