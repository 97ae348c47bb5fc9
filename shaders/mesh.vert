#version 330 core
// Lit meshes: positions and normals go to view space, where the lights are fixed to
// the camera so every view of the model is evenly lit. The matrices come premultiplied:
// a software renderer would otherwise multiply them again for every vertex.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;

uniform mat4 uModelView;
uniform mat4 uProjection;
uniform mat3 uNormalMatrix;  // view * model, inverse transpose
// Section mode: the cutting plane in view space; the renderer enables the clip distance
// only then, so other modes ignore it.
uniform vec4 uClipPlane;

out vec3 vPositionView;
out vec3 vNormalView;

void main() {
  vec4 viewPos = uModelView * vec4(aPosition, 1.0);
  vPositionView = viewPos.xyz;
  vNormalView = uNormalMatrix * aNormal;
  gl_ClipDistance[0] = dot(uClipPlane, viewPos);
  gl_Position = uProjection * viewPos;
}
