package org.meridian.app.imports;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every {@link ImportType} bean of the application, by name. */
@Component
public class ImportTypes {

    private final List<ImportType<?>> types;

    public ImportTypes(List<ImportType<?>> types) {
        this.types = types.stream().sorted(Comparator.comparing(ImportType::name)).toList();
    }

    public List<ImportType<?>> all() {
        return types;
    }

    public Optional<ImportType<?>> byName(String name) {
        return types.stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
