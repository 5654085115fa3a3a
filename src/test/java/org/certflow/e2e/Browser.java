package org.certflow.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no Selenium Manager download), signed in
 * through the Vaadin login form. Screenshots land in target/screenshots for a human to look at. A test registers
 * it as an extension ({@code @RegisterExtension final Browser browser = new Browser();}): it opens before each test
 * against the port the Spring test started the application on, and closes after it.
 */
final class Browser implements BeforeEachCallback, AfterEachCallback {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private ChromeDriver driver;
    private String baseUrl;

    @Override
    public void beforeEach(ExtensionContext context) {
        int port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        baseUrl = "http://localhost:" + port;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        driver.quit();
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + "/" + path);
    }

    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("login");
        WebElement user = await(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        await(d -> !d.getCurrentUrl().contains("/login"));
    }

    <T> T await(Function<WebDriver, T> condition) {
        // the first page load in dev mode fetches a ~3 MB bundle; later ones are quick
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(90)).until(condition::apply);
        } catch (TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw e;
        }
    }

    WebElement awaitVisible(By by) {
        return await(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks through the DOM: the app layout scrolls its own content area and notifications float at the bottom,
     * so a pointer click on a button below the fold can land on something else.
     */
    void click(By by) {
        script("arguments[0].click()", scrolledTo(by));
    }

    /**
     * The element, scrolled to the middle of the window. Selenium counts an element scrolled out of the app
     * layout's content area as invisible, so this waits for presence, not visibility.
     */
    WebElement scrolledTo(By by) {
        WebElement element = await(ExpectedConditions.presenceOfElementLocated(by));
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    /**
     * The text of each cell of the grid's rendered rows, row by row as the grid shows them. A Vaadin grid keeps its
     * rows in its shadow DOM and each cell's content in its light DOM, so a row cannot be found by XPath.
     */
    @SuppressWarnings("unchecked")
    List<List<String>> gridRows(By grid) {
        return (List<List<String>>) script("""
                return [...arguments[0].shadowRoot.querySelectorAll('#items tr')]
                    .filter(row => !row.hidden && row.index !== undefined && row.index < arguments[0].size)
                    .sort((a, b) => a.index - b.index)
                    .map(row => [...row.querySelectorAll('td:not([part~="details-cell"]) slot')]
                        .map(slot => slot.assignedElements()[0])
                        .map(cell => cell ? cell.innerText.replace(/\\s+/g, ' ').trim() : ''));
                """, scrolledTo(grid));
    }

    /** The cells of the grid's one row that has a cell with exactly this text. */
    List<String> gridRow(By grid, String cellText) {
        return await(d -> gridRows(grid).stream().filter(row -> row.contains(cellText)).findFirst().orElse(null));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save screenshot " + name, e);
        }
    }
}
