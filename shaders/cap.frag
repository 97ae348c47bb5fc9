#version 330 core
// Section mode: a cut face, flat in its tissue's colour like a segmented MRI slice.
uniform vec3 uColor;
out vec4 fragColor;
void main() { fragColor = vec4(uColor, 1.0); }
