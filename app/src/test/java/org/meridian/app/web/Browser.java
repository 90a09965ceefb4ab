package org.meridian.app.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium (Debian's {@code /usr/bin/chromium} driven by {@code /usr/bin/chromedriver},
 * both overridable with the system properties {@code meridian.chromium} and {@code meridian.chromedriver}),
 * as a person at a laptop would use Meridian, for {@code *BrowserIntegrationTests}. Selenium Manager is
 * never asked for anything: the driver and browser paths are given and {@code SE_OFFLINE} is set, so
 * nothing is downloaded. Each browser has a fresh profile (no cookies) that is deleted on close.
 * Screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Browser(int port) throws IOException {
        System.setProperty("SE_OFFLINE", "true");
        this.baseUrl = "http://127.0.0.1:" + port;
        this.profile = Files.createTempDirectory("meridian-chromium-");
        File chromedriver = new File(System.getProperty("meridian.chromedriver", "/usr/bin/chromedriver"));
        File chromium = new File(System.getProperty("meridian.chromium", "/usr/bin/chromium"));
        if (!chromedriver.canExecute() || !chromium.canExecute()) {
            throw new IllegalStateException("Browser tests need " + chromium + " and " + chromedriver
                    + " (Debian packages chromium and chromium-driver; .ci/run installs them)");
        }
        this.service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath(), "--lang=en-GB",
                "--window-size=1280,900");
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    public static Browser open(int port) {
        try {
            return new Browser(port);
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser visit(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Signs in on the login page (visiting it first) and waits for the page after it. */
    public Browser signIn(String username, String password) {
        visit("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        clickAndWait(find("form[data-remember-username] button[type=submit]"));
        return this;
    }

    /** Presses the header's language button, {@code zh} or {@code en}, and waits for the page to come back. */
    public Browser switchLanguage(String language) {
        clickAndWait(find(".language-switch button[value=" + language + "]"));
        return this;
    }

    public Browser signOut() {
        find(".account-menu summary").click();
        clickAndWait(find("[data-test=sign-out]"));
        return this;
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, PATIENCE)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public String text(String css) {
        return find(css).getText().strip();
    }

    /** The path of the current page, without host and query. */
    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Clicks something that loads a new page and waits until the new page has loaded. */
    public Browser clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(done -> "complete".equals(((JavascriptExecutor) done).executeScript("return document.readyState")));
        return this;
    }

    /** Waits until the element matched by css shows the text (htmx updates, dialogs). */
    public Browser waitForText(String css, String text) {
        new WebDriverWait(driver, PATIENCE)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return this;
    }

    /** Resizes the window, e.g. to 820 x 1180 for a tablet held upright. */
    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** Saves a PNG of the whole window as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        }
        finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            catch (IOException ignored) {
                // A temporary profile left behind does no harm.
            }
        }
    }
}
