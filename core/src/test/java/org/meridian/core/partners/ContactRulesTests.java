package org.meridian.core.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactRulesTests {

    @Test
    void acceptsOrdinaryEmailAddresses() {
        assertThat(ContactRules.isEmail("li.wei@fudan.edu.cn")).isTrue();
        assertThat(ContactRules.isEmail("exchange+in@uni-example.de")).isTrue();
    }

    @Test
    void refusesMalformedEmailAddresses() {
        assertThat(ContactRules.isEmail("li.wei@localhost")).isFalse();
        assertThat(ContactRules.isEmail("li wei@fudan.edu.cn")).isFalse();
        assertThat(ContactRules.isEmail("li..wei@fudan.edu.cn")).isFalse();
        assertThat(ContactRules.isEmail(".li@fudan.edu.cn")).isFalse();
        assertThat(ContactRules.isEmail("@fudan.edu.cn")).isFalse();
        assertThat(ContactRules.isEmail("li.wei@-fudan.edu.cn")).isFalse();
    }

    @Test
    void acceptsPhoneNumbersAsPeopleWriteThem() {
        assertThat(ContactRules.isPhone("+86 21 6564 2222")).isTrue();
        assertThat(ContactRules.isPhone("(021) 6564-2222 ext. 12")).isTrue();
        assertThat(ContactRules.isPhone("021 6564-2222 ext. 12")).isTrue();
        assertThat(ContactRules.isPhone("+49 (0)30 2093-0")).isTrue();
    }

    @Test
    void refusesTextThatIsNoPhoneNumber() {
        assertThat(ContactRules.isPhone("call me")).isFalse();
        assertThat(ContactRules.isPhone("123")).isFalse();
    }

    @Test
    void acceptsOnlyHttpWebsites() {
        assertThat(ContactRules.isWebsite("https://www.fudan.edu.cn/en/")).isTrue();
        assertThat(ContactRules.isWebsite("ftp://fudan.edu.cn")).isFalse();
        assertThat(ContactRules.isWebsite("www.fudan.edu.cn")).isFalse();
    }

    @Test
    void acceptsHyphenatedLowerCaseTags() {
        assertThat(ContactRules.isTag("belt-and-road")).isTrue();
        assertThat(ContactRules.isTag("Belt and Road")).isFalse();
        assertThat(ContactRules.isTag("-strategic")).isFalse();
    }
}
