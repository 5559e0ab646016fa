package io.corridor.actor;

/** A preferred name (one per language), an alias, or an acronym. */
public enum NameType {
    NAME, ALIAS, ACRONYM;

    public String code() {
        return name().toLowerCase();
    }
}
