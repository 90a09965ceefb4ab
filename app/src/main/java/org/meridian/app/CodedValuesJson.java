package org.meridian.app;

import org.meridian.core.vocabulary.Coded;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes every value of a controlled vocabulary ({@link Coded}) in JSON as its stable code
 * ({@code "staff-teaching"}), never as its Java name, in API answers and in the audit log alike.
 */
@Configuration(proxyBeanMethods = false)
class CodedValuesJson {

    @Bean
    JacksonModule codedValuesModule() {
        SimpleModule module = new SimpleModule("meridian-coded-values");
        module.addSerializer(Coded.class, new ValueSerializer<Coded>() {
            @Override
            public void serialize(Coded value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(value.code());
            }
        });
        return module;
    }
}
