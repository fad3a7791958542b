package th.moralorg.identity;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers, after /engine-rest's authentication, the guards that leave starts, messages and the
 * engine's side doors (EngineSideDoors) to administrators, and the task-completion field
 * whitelist, on both REST APIs.
 */
@Configuration(proxyBeanMethods = false)
class TaskWorkConfiguration {

    @Bean
    FilterRegistrationBean<OnlyTheSystemStarts> onlyTheSystemStarts(IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new OnlyTheSystemStarts(identity));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineSideDoors> engineSideDoors(IdentityService identity, TaskService tasks,
            AsSystem asSystem) {
        var registration = new FilterRegistrationBean<>(new EngineSideDoors(identity, tasks, asSystem));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TaskFormFields> taskFormFields(TaskService tasks, FormService forms) {
        var registration = new FilterRegistrationBean<>(new TaskFormFields(tasks, forms));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 7);
        return registration;
    }
}
