package org.certflow.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Filling Vaadin fields the way a person does (type, pick, choose) and reading the message at a refused field. */
final class Fields {

    private final Browser browser;

    Fields(Browser browser) {
        this.browser = browser;
    }

    /** Types into the input matched by the CSS selector (e.g. {@code #decision-text textarea}) and leaves it. */
    void type(String css, String text) {
        WebElement element = browser.scrolledTo(By.cssSelector(css));
        element.clear();
        element.sendKeys(text);
        element.sendKeys(Keys.TAB);
    }

    /** Types into the combo box with this id, replacing what it shows, until the item with this label shows. */
    void pick(String comboBoxId, String label) {
        WebElement input = browser.scrolledTo(By.cssSelector("#" + comboBoxId + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), label);
        browser.await(d -> !d.findElements(By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + label + "']"))
                .isEmpty());
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
    }

    /** Opens the select with this id and chooses the item with this label. */
    void select(String selectId, String label) {
        browser.click(By.cssSelector("#" + selectId));
        WebElement item = browser.awaitVisible(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"));
        item.click();
        browser.await(d -> label.equals(browser.script("return arguments[0].querySelector('vaadin-select-value-button')"
                + ".textContent.trim()", d.findElement(By.id(selectId)))));
    }

    /** Clicks the radio button with this label in the radio group with this id, or of this task-form key. */
    void choose(String group, String label) {
        browser.click(By.xpath("//vaadin-radio-group[@id='" + group + "' or @data-key='" + group + "']"
                + "//vaadin-radio-button[.//label[normalize-space(.)='" + label + "']]//label"));
    }

    /** Waits until the field is marked invalid and returns the message shown at it. */
    String errorAt(By field) {
        WebElement element = browser.scrolledTo(field);
        browser.await(d -> Boolean.TRUE.equals(browser.script("return arguments[0].invalid", element)));
        return (String) browser.script("return arguments[0].errorMessage", element);
    }

    void clickButton(String text) {
        browser.click(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"));
    }
}
