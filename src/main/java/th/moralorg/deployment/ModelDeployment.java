package th.moralorg.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.camunda.bpm.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models, decisions and forms of the top-level {@code bpmn/} folder (on the
 * classpath as {@code bpmn/}). Each sub-folder's models and forms are one deployment unit, named
 * after it, so a process deploys together with the forms it binds with
 * {@code formRefBinding="deployment"}; each decision table (.dmn) and each file directly in
 * {@code bpmn/} is a unit of its own. Resource names are relative to
 * {@code bpmn/}, so they are the same on every machine. A unit is redeployed only when one of its
 * files changed: unchanged files create no new version, and a change versions only its unit.
 */
@Component
@Order(0)
public class ModelDeployment implements ApplicationRunner {

    static final String ROOT = "bpmn/";
    static final String SOURCE = "moral-organisation";
    private static final String[] SUFFIXES = {"bpmn", "dmn", "form"};
    private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

    private final RepositoryService repository;

    ModelDeployment(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        readUnits().forEach(this::deploy);
    }

    /** Deploys one unit if any of its files differs from its last deployment; returns whether it did. */
    public boolean deploy(String unit, Map<String, byte[]> files) {
        var builder = repository.createDeployment().name(unit).source(SOURCE)
                // false: when one file of the unit changed, redeploy the whole unit (forms with their model)
                .enableDuplicateFiltering(false);
        files.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
        long before = repository.createDeploymentQuery().deploymentName(unit).count();
        builder.deploy();
        boolean deployed = repository.createDeploymentQuery().deploymentName(unit).count() > before;
        log.info("Model unit '{}': {}", unit, deployed ? "deployed" : "unchanged");
        return deployed;
    }

    /**
     * A process deploys with the forms of its folder (they are bound per deployment); a decision
     * table is a unit of its own (processes call the latest version), so changing the one does not
     * version the other; a file directly in bpmn/ is a unit of its own.
     */
    static String unitOf(String name) {
        if (name.endsWith(".dmn") || !name.contains("/")) {
            return name.substring(0, name.lastIndexOf('.'));
        }
        return name.substring(0, name.indexOf('/'));
    }

    /** The files under bpmn/ by unit, then by name relative to bpmn/. */
    SortedMap<String, Map<String, byte[]>> readUnits() {
        var resolver = new PathMatchingResourcePatternResolver(getClass().getClassLoader());
        SortedMap<String, Map<String, byte[]>> units = new TreeMap<>();
        try {
            String root = resolver.getResource("classpath:" + ROOT).getURL().toString();
            for (String suffix : SUFFIXES) {
                for (Resource resource : resolver.getResources("classpath*:" + ROOT + "**/*." + suffix)) {
                    String url = resource.getURL().toString();
                    if (!url.startsWith(root)) {
                        continue;
                    }
                    String name = url.substring(root.length());
                    String unit = unitOf(name);
                    try (InputStream in = resource.getInputStream()) {
                        units.computeIfAbsent(unit, u -> new TreeMap<>()).put(name, in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the models under " + ROOT, e);
        }
        return units;
    }
}
