package th.moralorg.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

/**
 * Every string our JSON bodies carry is read by Jackson's own reader, then refused when it holds
 * NUL (as {@link NulCharacters} refuses parameters): the request answers 400 as unreadable JSON,
 * never reaching PostgreSQL, which cannot store NUL. Spring Boot adds this module to the
 * application's ObjectMapper; Camunda's REST API has its own.
 */
@Component
public class NulInJson extends SimpleModule {

    public NulInJson() {
        super("NulInJson");
        addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (NulCharacters.hasNul(value)) {
                    return (String) context.handleWeirdStringValue(String.class, value, NulCharacters.REFUSAL);
                }
                return value;
            }
        });
    }
}
