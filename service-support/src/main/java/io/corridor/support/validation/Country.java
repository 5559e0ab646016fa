package io.corridor.support.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** An ISO 3166-1 alpha-3 country code ({@code MLI}, {@code FRA}); null is allowed. */
@Documented
@Constraint(validatedBy = CountryValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface Country {

    String message() default "must be an ISO 3166-1 alpha-3 country code such as MLI";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
