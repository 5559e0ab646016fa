package io.corridor.remittance.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A local stand-in for the publishers' APIs (this machine has no internet): the JDK's HTTP server answering recorded
 * answers written for the tests in each API's exact layout (src/test/resources/publishers/worldbank/api and
 * sdmx/rest; test values), as the World Bank API v2 and an SDMX REST 2.1 service answer, including their errors, a
 * redirect inside and one outside the allow-list, a source too slow and one answering too much. It keeps every request
 * it receives, so a test can prove what was never asked. The service's allow-list is this server's /wb/v2/ and
 * /sdmx/rest/ only.
 */
public class RecordedSources implements QuarkusTestResourceLifecycleManager {

    /** What the server received: method, path and query as sent, Accept header. */
    public record Received(String method, URI uri, String accept) {
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    static volatile String base;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> config = new HashMap<>();
        config.put("corridor.fetch.sources", base + "/wb/v2/," + base + "/sdmx/rest/");
        config.put("corridor.fetch.per-page", "3");
        config.put("corridor.fetch.timeout", "2s");
        config.put("corridor.fetch.max-bytes", "200000");
        config.put("corridor.fetch.max-pages", "5");
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange x) throws IOException {
        URI uri = x.getRequestURI();
        RECEIVED.add(new Received(x.getRequestMethod(), uri, x.getRequestHeaders().getFirst("Accept")));
        String path = uri.getRawPath();
        Map<String, String> q = query(uri.getRawQuery());
        try (x) {
            if (path.startsWith("/wb/v2/")) {
                worldBank(x, path.substring("/wb/v2".length()), q);
            } else if (path.startsWith("/sdmx/rest/data/")) {
                sdmx(x, path.substring("/sdmx/rest/data/".length()), q);
            } else {
                send(x, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** As api.worldbank.org/v2 answers: XML unless format=json; pages by page and per_page. */
    private static void worldBank(HttpExchange x, String path, Map<String, String> q) throws IOException {
        switch (path) {
            case "/redirect/indicator/BX.TRF.PWKR.CD.DT" -> {
                // moved, its query kept (as an http-to-https or a renamed path redirect does)
                x.getResponseHeaders().add("Location", "/wb/v2/country/MLI;SEN/indicator/BX.TRF.PWKR.CD.DT?" + x.getRequestURI().getRawQuery());
                send(x, 302, "text/plain", new byte[0]);
                return;
            }
            case "/escape/indicator/BX.TRF.PWKR.CD.DT" -> {
                x.getResponseHeaders().add("Location", base + "/private/latest/meta-data");
                send(x, 302, "text/plain", new byte[0]);
                return;
            }
            case "/slow/indicator/BX.TRF.PWKR.CD.DT" -> {
                x.sendResponseHeaders(200, 0);
                try (OutputStream out = x.getResponseBody()) {
                    out.write("[{\"page\":1,".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(5000);
                } catch (InterruptedException | IOException e) {
                    // the client gave up: as it should
                }
                return;
            }
            case "/huge/indicator/BX.TRF.PWKR.CD.DT" -> {
                x.sendResponseHeaders(200, 0);
                try (OutputStream out = x.getResponseBody()) {
                    byte[] chunk = " ".repeat(8192).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 1000; i++) {
                        out.write(chunk);
                    }
                } catch (IOException e) {
                    // the client stopped reading: as it should
                }
                return;
            }
            case "/broken/indicator/BX.TRF.PWKR.CD.DT" -> {
                send(x, 500, "text/html", "<html><body>Internal Server Error</body></html>".getBytes(StandardCharsets.UTF_8));
                return;
            }
            default -> {
            }
        }
        if (!"json".equals(q.get("format"))) {
            send(x, 200, "text/xml; charset=utf-8", Fixtures.publisherFile("worldbank/api/format_missing.xml"));
            return;
        }
        boolean asked = "y".equals(q.get("footnote")) && "3".equals(q.get("per_page"));
        String page = q.getOrDefault("page", "1");
        String file = switch (path) {
            case "/country/MLI;SEN/indicator/BX.TRF.PWKR.CD.DT" -> "2019:2021".equals(q.get("date")) && asked
                    ? "worldbank/api/MLI_SEN_2019-2021_page" + page + ".json" : null;
            case "/country/MLI/indicator/BX.TRF.PWKR.CD.DT" -> "2021".equals(q.get("date")) && asked
                    ? "worldbank/api/MLI_2021_2025-07-01.json" : null;
            case "/country/BAD/indicator/BX.TRF.PWKR.CD.DT" -> page.equals("1") ? "worldbank/api/MLI_SEN_2019-2021_page1.json"
                    : "worldbank/api/bad_page2.json";
            default -> "worldbank/api/invalid_value.json";
        };
        if (file == null) {
            send(x, 400, "text/plain", ("unexpected query " + q).getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(x, 200, "application/json;charset=utf-8", Fixtures.publisherFile(file));
    }

    /** As an SDMX REST 2.1 service answers a data query: SDMX-CSV when asked by Accept, else SDMX-ML; 404 no results. */
    private static void sdmx(HttpExchange x, String query, Map<String, String> q) throws IOException {
        if (query.equals("IMF.STA,BOP,1.0.0/A.MLI.XML_ONLY")) { // a service that ignores Accept
            send(x, 200, "application/vnd.sdmx.structurespecificdata+xml;version=2.1",
                    Fixtures.publisherFile("sdmx/rest/BOP_remittances_structurespecific.xml"));
            return;
        }
        if (!query.equals("IMF.STA,BOP,1.0.0/A.MLI+SEN.BX_TRF_PWKR")) {
            send(x, 404, "text/plain", "NoResultsFound".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String accept = x.getRequestHeaders().getFirst("Accept");
        if (accept == null || !accept.contains("application/vnd.sdmx.data+csv")) {
            send(x, 200, "application/vnd.sdmx.structurespecificdata+xml;version=2.1",
                    Fixtures.publisherFile("sdmx/rest/BOP_remittances_structurespecific.xml"));
            return;
        }
        String updatedAfter = q.get("updatedAfter");
        String file;
        if (updatedAfter == null) {
            file = "sdmx/rest/BOP_remittances_1.0.csv";
        } else if (updatedAfter.compareTo("2025-06") < 0) {
            file = "sdmx/rest/BOP_remittances_1.0_updated.csv";
        } else {
            send(x, 404, "text/plain", "NoResultsFound".getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(x, 200, "application/vnd.sdmx.data+csv;version=1.0.0;charset=utf-8", Fixtures.publisherFile(file));
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                q.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return q;
    }
}
