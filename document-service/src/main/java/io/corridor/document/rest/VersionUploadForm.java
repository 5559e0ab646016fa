package io.corridor.document.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart form of a new version, as the OpenAPI document describes it. */
@Schema(name = "DocumentVersionUpload", description = "The file of the new version, as a multipart/form-data part",
        requiredProperties = { "file" })
public class VersionUploadForm {

    @Schema(type = SchemaType.STRING, format = "binary", description = "The file, at most 50 MiB")
    public String file;
}
