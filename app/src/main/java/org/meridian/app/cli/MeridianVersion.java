package org.meridian.app.cli;

import picocli.CommandLine.IVersionProvider;

class MeridianVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = MeridianVersion.class.getPackage().getImplementationVersion();
        return new String[] { "Meridian " + (version == null ? "(development build)" : version) };
    }
}
