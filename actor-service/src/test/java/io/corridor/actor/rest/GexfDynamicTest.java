package io.corridor.actor.rest;

import static io.corridor.actor.rest.Registry.actor;
import static io.corridor.actor.rest.Registry.relation;
import static io.corridor.actor.rest.Registry.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The network as Gephi's timeline replays it: GEXF 1.3 mode="dynamic", timeformat="date", a spell on each dated
 * relation and on each actor, checked against the schema of GEXF 1.3 (core, data, dynamics) in test resources; the
 * static form stays available.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "actors"))
@TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
class GexfDynamicTest {

    @Test
    void spellsFollowTheRelationsAndTheActorsDates() throws Exception {
        Map<String, Object> hcme = new LinkedHashMap<>();
        hcme.put("kind", "diaspora_institution");
        hcme.put("name", unique("Haut Conseil"));
        hcme.put("start", "1991");
        long council = actor(hcme);
        long ame = actor("civil_society", unique("Association des Maliens expulsés"));
        long forum = actor("civil_society", unique("Forum pour un autre Mali"));
        long alliance = relation(ame, "allied_with", forum, "2009", "2012-06");
        long membership = relation(forum, "member_of", council, "2015-06-14", null);
        long undated = relation(ame, "partner_of", council, null, null);

        String gexf = given().accept("application/gexf+xml").queryParam("depth", 2)
                .when().get("/api/v1/actors/" + ame + "/network").then().statusCode(200)
                .contentType("application/gexf+xml").extract().asString();
        valid(gexf);
        Document g = parse(gexf);
        Element graph = (Element) g.getElementsByTagNameNS("*", "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("date", graph.getAttribute("timeformat"));

        Map<String, String> edges = spells(g, "edge");
        assertEquals("2009-01-01/2012-06-30", edges.get(String.valueOf(alliance)), "from the first day of 2009 to the last of June 2012");
        assertEquals("2015-06-14/", edges.get(String.valueOf(membership)), "an unknown end stays open");
        assertEquals(null, edges.get(String.valueOf(undated)), "an undated relation is always there: no spell");
        Map<String, String> nodes = spells(g, "node");
        assertEquals("1991-01-01/", nodes.get(String.valueOf(council)), "an actor's own dates");
        assertEquals("2009-01-01/", nodes.get(String.valueOf(forum)), "else the hull of its relations (one is open)");
        assertEquals(null, nodes.get(String.valueOf(ame)), "an actor with an undated relation is always there");

        String statik = given().queryParam("format", "gexf").queryParam("gexfMode", "static").queryParam("depth", 2)
                .when().get("/api/v1/actors/" + ame + "/network").then().statusCode(200).extract().asString();
        valid(statik);
        Document s = parse(statik);
        assertEquals("static", ((Element) s.getElementsByTagNameNS("*", "graph").item(0)).getAttribute("mode"));
        assertEquals(0, s.getElementsByTagNameNS("*", "spell").getLength());
        given().queryParam("format", "gexf").queryParam("gexfMode", "sliced").when().get("/api/v1/actors/" + ame + "/network")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** Against the GEXF 1.3 schema; every spell's end is not before its start. */
    private static void valid(String gexf) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(GexfDynamicTest.class.getResource("/gexf/gexf-1.3-network.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(gexf)));
        NodeList spells = parse(gexf).getElementsByTagNameNS("*", "spell");
        for (int i = 0; i < spells.getLength(); i++) {
            Element spell = (Element) spells.item(i);
            if (!spell.getAttribute("start").isEmpty() && !spell.getAttribute("end").isEmpty()) {
                assertTrue(!LocalDate.parse(spell.getAttribute("end")).isBefore(LocalDate.parse(spell.getAttribute("start"))));
            }
        }
    }

    /** id → "start/end" of the element's one spell. */
    private static Map<String, String> spells(Document g, String element) {
        Map<String, String> found = new HashMap<>();
        NodeList list = g.getElementsByTagNameNS("*", element);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            NodeList spell = e.getElementsByTagNameNS("*", "spell");
            if (spell.getLength() > 0) {
                Element s = (Element) spell.item(0);
                found.put(e.getAttribute("id"), s.getAttribute("start") + "/" + s.getAttribute("end"));
            }
        }
        return found;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
