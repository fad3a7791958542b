package th.moralorg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MoralOrganisationApplication {

    public static void main(String[] args) {
        SpringApplication.run(MoralOrganisationApplication.class, args);
    }
}
