package org.meridian.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.meridian.app.InvalidInput;
import org.springframework.context.support.StaticMessageSource;

class FormErrorsTests {

    @Test
    void translatesServiceMessagesThatTheBundleKnowsAndKeepsTheOthers() {
        StaticMessageSource bundle = new StaticMessageSource();
        bundle.addMessage("invalid.is-required", Locale.CHINESE, "必须填写");
        bundle.addMessage("invalid.must-have-at-least-10-characters", Locale.CHINESE, "至少需要 10 个字符");
        InvalidInput invalid = new InvalidInput(List.of(new InvalidInput.FieldError("name", "is required"),
                new InvalidInput.FieldError("password", "must have at least 10 characters"),
                new InvalidInput.FieldError("name", "is taken by 'Fudan'")));
        FormErrors errors = FormErrors.of(invalid, bundle, Locale.CHINESE);
        assertThat(errors.of("name")).containsExactly("必须填写", "is taken by 'Fudan'");
        assertThat(errors.of("password")).containsExactly("至少需要 10 个字符");
        assertThat(errors.has("email")).isFalse();
        assertThat(errors.all()).hasSize(3);
    }

    @Test
    void slugsAreLowerCaseWordsJoinedByHyphens() {
        assertThat(FormErrors.slug("Give the token a name of 1 to 100 characters, e.g. 'reporting script'"))
                .isEqualTo("give-the-token-a-name-of-1-to-100-characters-e-g-reporting-script");
    }
}
