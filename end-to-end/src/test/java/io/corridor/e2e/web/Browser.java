package io.corridor.e2e.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.corridor.e2e.Stack;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (no browser or driver is ever
 * downloaded), with a fresh profile per browser so that two browsers are two people.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("corridor-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("corridor.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=fr-FR",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("corridor.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String pathAndHash) {
        driver.get(Stack.GATEWAY + pathAndHash);
    }

    WebElement await(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement testId(String id) {
        return await(By.cssSelector("[data-testid='" + id + "']"));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** Opens a document in the reader and waits until its text shows {@code passage}; answers the text's element. */
    WebElement openDocument(long id, String passage) {
        open("/#/documents/" + id);
        WebElement text = testId("document-text");
        wait.until(ExpectedConditions.textToBePresentInElement(text, passage));
        // the reader renders the text a slice at a time: all of it is there once it says so
        wait.until(ExpectedConditions.attributeToBe(text, "data-rendered", "true"));
        return text;
    }

    /**
     * JavaScript declaring {@code rangeOf(scope, phrase)}: the Range of the first occurrence of the
     * phrase in the element's text, or null. A script that needs it starts with this.
     */
    static final String RANGE_OF = """
            function rangeOf(scope, phrase) {
              const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const at = node.data.indexOf(phrase);
                if (at >= 0) {
                  const range = document.createRange();
                  range.setStart(node, at);
                  range.setEnd(node, at + phrase.length);
                  return range;
                }
              }
              return null;
            }
            """;

    /** Selects the first occurrence of {@code phrase} inside {@code scope}, as a drag of the mouse would. */
    void select(WebElement scope, String phrase) {
        script(RANGE_OF + """
                const [scope, phrase] = arguments;
                const range = rangeOf(scope, phrase);
                if (!range) {
                  throw new Error('phrase not found: ' + phrase);
                }
                const selection = document.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                """, scope, phrase);
    }

    /** The Keycloak login form, filled as a person does. Ends on the signed-in app. */
    void signIn(String user) {
        open("/");
        await(By.id("sign-in")).click();
        await(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        screenshot("02-keycloak-login");
        driver.findElement(By.id("kc-login")).click();
        testId("current-user");
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("could not save screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp directory left behind harms nothing
            }
        }
    }
}
