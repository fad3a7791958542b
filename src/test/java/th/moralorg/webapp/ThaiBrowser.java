package th.moralorg.webapp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A headless Debian Chromium that prefers Thai, driven through Debian's chromedriver. Nothing is
 * downloaded: both binaries come from the Debian packages {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs; without them the browser tests fail. Public for
 * the browser tests of other packages (they drive cases with package-private helpers).
 */
public final class ThaiBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final Path profile;

    private ThaiBrowser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        // generous: on a loaded two-core CI machine Tasklist may take long to draw a form
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // a webapp re-renders its page while we read it (after sign-in, between routes): read again
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /**
     * Starts the browser. Without Debian's chromium a newcomer's {@code mvn test} skips the browser
     * tests with a note saying what to install; where they are required ({@code .ci/run} sets
     * MORALORG_BROWSER_TESTS=required) a missing browser fails the run instead.
     */
    public static ThaiBrowser start() throws IOException {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                String missing = binary + " is missing: install the Debian packages chromium and"
                        + " chromium-driver (apt-get install chromium chromium-driver fonts-thai-tlwg, as .ci/run does)";
                if ("required".equals(System.getenv("MORALORG_BROWSER_TESTS"))) {
                    throw new IllegalStateException(missing);
                }
                org.junit.jupiter.api.Assumptions.abort("browser test skipped: " + missing);
            }
        }
        // an explicit driver and browser: Selenium Manager is never asked to find or download one
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=th", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "th,th-TH,en"));
        // the console kept, for a failing wait to say what the page's scripts met
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 960));
        return new ThaiBrowser(driver, profile);
    }

    /** Opens Tasklist at {@code tasklistUrl}, signs in on the page it sends to, and waits for the inbox's filters. */
    public void logInToTasklist(String tasklistUrl, String user, String password) {
        driver.get(tasklistUrl);
        signInOnThePage(user, password);
        visible(By.cssSelector("div.task-filter, .filters"));
    }

    /** Opens {@code pageUrl}; if it sends the browser to sign in, signs in and waits to be back on it. */
    public void signInTo(String pageUrl, String user, String password) {
        driver.get(pageUrl);
        if (driver.getCurrentUrl().contains("/login")) {
            signInOnThePage(user, password);
            wait.until(d -> !d.getCurrentUrl().contains("/login"));
        }
    }

    /** Fills our sign-in page (where the browser is now, or is about to be) and sends it. */
    public void signInOnThePage(String user, String password) {
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        visible(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.sign-in button[type='submit']")).click();
    }

    public WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public WebElement clickable(By locator) {
        return wait.until(ExpectedConditions.elementToBeClickable(locator));
    }

    /**
     * Clicks an element after scrolling it above Tasklist's fixed footer. When one of the webapps'
     * notifications (a refused completion, say) lies over it, closes the notifications with their
     * × as a person would, and clicks again.
     */
    public void click(By locator) {
        wait.until(d -> {
            WebElement element = clickable(locator);
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            try {
                clickable(locator).click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                ((JavascriptExecutor) d).executeScript(
                        "document.querySelectorAll('.notifications button.close').forEach(b => b.click());");
                return false;
            }
        });
    }

    /**
     * Waits until Tasklist has stopped drawing the task form anew (it may draw it twice right after
     * opening, later on a loaded machine): the same form element for one and a half seconds.
     */
    public void formSettled() {
        try {
            waitForASettledForm();
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                throw new AssertionError("no settled task form in 60 s; screenshot " + screenshot("form-not-settled")
                        + "; the page said:\n" + pageText(), e);
            } catch (IOException screenshotFailed) {
                throw e;
            }
        }
    }

    private void waitForASettledForm() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var form = document.querySelector('.fjs-form');"
                        + "if (!form) return false;"
                        + "if (window.moSettlingForm !== form) { window.moSettlingForm = form; window.moSettlingSince = Date.now(); return false; }"
                        + "return Date.now() - window.moSettlingSince > 1500;")));
    }

    /**
     * Waits for a condition after a submit; on time-out fails with what the page said (Tasklist shows
     * a refused completion as a notification) and keeps a screenshot.
     */
    public void awaitAfterSubmit(String screenshotName, java.util.function.BooleanSupplier done) throws IOException {
        await(screenshotName, d -> done.getAsBoolean());
    }

    /**
     * Waits for a condition; on time-out fails with where the browser is, what the page said, what
     * its console logged (a refused request of a webapp shows there) and a screenshot.
     */
    public void await(String screenshotName, java.util.function.Function<WebDriver, Boolean> condition)
            throws IOException {
        try {
            wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot(screenshotName);
            String console = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(Object::toString).collect(java.util.stream.Collectors.joining("\n"));
            throw new AssertionError("not so after 60 s at " + driver.getCurrentUrl() + "; screenshot " + shot
                    + "; the page said:\n" + pageText() + "\nthe console said:\n" + console, e);
        }
    }

    /** Fills the form-js fields with these labels; see {@link #fillFields(Map)}. */
    public void fill(Map<String, String> valuesByLabel) {
        Map<By, String> fields = new java.util.LinkedHashMap<>();
        valuesByLabel.forEach((label, value) -> fields.put(By.id(fieldLabelled(label).getAttribute("id")), value));
        fillFields(fields);
    }

    /**
     * Types each value and leaves its field (form-js takes a typed value in on a pause or when the
     * field loses focus), lets the form settle, and goes round again until the form holds every
     * value at once: a form drawn anew from what form-js had taken in may have dropped one.
     */
    public void fillFields(Map<By, String> values) {
        wait.until(d -> {
            values.forEach((field, value) -> {
                WebElement input = d.findElement(field);
                if (!value.equals(input.getAttribute("value"))) {
                    input.clear();
                    input.sendKeys(value, org.openqa.selenium.Keys.TAB);
                }
            });
            formSettled();
            return values.entrySet().stream().allMatch(e -> e.getValue().equals(d.findElement(e.getKey()).getAttribute("value")));
        });
    }

    /** The input a form-js label points to, found by the label's Thai text. */
    public WebElement fieldLabelled(String labelText) {
        WebElement label = visible(By.xpath("//label[contains(normalize-space(.), '" + labelText + "')]"));
        return driver.findElement(By.id(label.getAttribute("for")));
    }

    /** The page's width once the window is {@code width} pixels wide (a phone: 360): more means it scrolls sideways. */
    public int pageWidthAt(int width) {
        driver.manage().window().setSize(new Dimension(width, 740));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth;")).intValue() == width);
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);")).intValue();
    }

    /** The task form's text as shown, read by script: Tasklist may render the form a second time while a test reads it. */
    public String formText() {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "var form = document.querySelector('.fjs-form'); return form ? form.innerText : '';");
        return text == null ? "" : text.toString();
    }

    public String pageText() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                // the page swapped its body between finding and reading it: the new one is there now
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile);
        }
    }
}
