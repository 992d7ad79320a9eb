/**
 * Our own Phaser build: the modules this game uses, from Phaser's CommonJS sources, so that the
 * title screen downloads far less than the stock bundle (which does not tree-shake). vite.config.ts
 * aliases `phaser` to this file and defines the feature flags of build/phaser-trim.ts (both
 * renderers, no sound, no Facebook Instant Games, no 3D camera plugin).
 *
 * A game object or loader file type missing here would fail only at run time ("this.add.x is not
 * a function"): custom-build.test.ts checks that every `add.x(`, `make.x(` and `load.x(` the game
 * calls is registered here. Add the class, factory and creator below; the types still come from
 * node_modules/phaser/types, so the compiler cannot catch a missing module.
 */
/* eslint-disable */
var CONST = require('phaser-src/const');
var Extend = require('phaser-src/utils/object/Extend');

var Phaser = {
  Animations: require('phaser-src/animations'),
  BlendModes: require('phaser-src/renderer/BlendModes'),
  Cache: require('phaser-src/cache'),
  Cameras: { Scene2D: require('phaser-src/cameras/2d') },
  Core: require('phaser-src/core'),
  Class: require('phaser-src/utils/Class'),
  Data: require('phaser-src/data'),
  Display: {
    Align: require('phaser-src/display/align'),
    Color: require('phaser-src/display/color'),
  },
  Events: require('phaser-src/events'),
  Game: require('phaser-src/core/Game'),
  GameObjects: {
    Events: require('phaser-src/gameobjects/events'),
    DisplayList: require('phaser-src/gameobjects/DisplayList'),
    GameObjectCreator: require('phaser-src/gameobjects/GameObjectCreator'),
    GameObjectFactory: require('phaser-src/gameobjects/GameObjectFactory'),
    UpdateList: require('phaser-src/gameobjects/UpdateList'),
    Components: require('phaser-src/gameobjects/components'),
    GetCalcMatrix: require('phaser-src/gameobjects/GetCalcMatrix'),
    BuildGameObject: require('phaser-src/gameobjects/BuildGameObject'),
    BuildGameObjectAnimation: require('phaser-src/gameobjects/BuildGameObjectAnimation'),
    GameObject: require('phaser-src/gameobjects/GameObject'),
    Container: require('phaser-src/gameobjects/container/Container'),
    Graphics: require('phaser-src/gameobjects/graphics/Graphics'),
    Group: require('phaser-src/gameobjects/group/Group'),
    Image: require('phaser-src/gameobjects/image/Image'),
    Layer: require('phaser-src/gameobjects/layer/Layer'),
    NineSlice: require('phaser-src/gameobjects/nineslice/NineSlice'),
    RenderTexture: require('phaser-src/gameobjects/rendertexture/RenderTexture'),
    Sprite: require('phaser-src/gameobjects/sprite/Sprite'),
    Text: require('phaser-src/gameobjects/text/Text'),
    TextStyle: require('phaser-src/gameobjects/text/TextStyle'),
    Zone: require('phaser-src/gameobjects/zone/Zone'),
    Shape: require('phaser-src/gameobjects/shape/Shape'),
    Arc: require('phaser-src/gameobjects/shape/arc/Arc'),
    Ellipse: require('phaser-src/gameobjects/shape/ellipse/Ellipse'),
    Line: require('phaser-src/gameobjects/shape/line/Line'),
    Polygon: require('phaser-src/gameobjects/shape/polygon/Polygon'),
    Rectangle: require('phaser-src/gameobjects/shape/rectangle/Rectangle'),
    Star: require('phaser-src/gameobjects/shape/star/Star'),
    Triangle: require('phaser-src/gameobjects/shape/triangle/Triangle'),
    // Factories and creators register `this.add.x` / `this.make.x` when they are required.
    Factories: {
      Container: require('phaser-src/gameobjects/container/ContainerFactory'),
      Graphics: require('phaser-src/gameobjects/graphics/GraphicsFactory'),
      Group: require('phaser-src/gameobjects/group/GroupFactory'),
      Image: require('phaser-src/gameobjects/image/ImageFactory'),
      Layer: require('phaser-src/gameobjects/layer/LayerFactory'),
      NineSlice: require('phaser-src/gameobjects/nineslice/NineSliceFactory'),
      RenderTexture: require('phaser-src/gameobjects/rendertexture/RenderTextureFactory'),
      Sprite: require('phaser-src/gameobjects/sprite/SpriteFactory'),
      Text: require('phaser-src/gameobjects/text/TextFactory'),
      Zone: require('phaser-src/gameobjects/zone/ZoneFactory'),
      Arc: require('phaser-src/gameobjects/shape/arc/ArcFactory'),
      Ellipse: require('phaser-src/gameobjects/shape/ellipse/EllipseFactory'),
      Line: require('phaser-src/gameobjects/shape/line/LineFactory'),
      Polygon: require('phaser-src/gameobjects/shape/polygon/PolygonFactory'),
      Rectangle: require('phaser-src/gameobjects/shape/rectangle/RectangleFactory'),
      Star: require('phaser-src/gameobjects/shape/star/StarFactory'),
      Triangle: require('phaser-src/gameobjects/shape/triangle/TriangleFactory'),
    },
    Creators: {
      Container: require('phaser-src/gameobjects/container/ContainerCreator'),
      Graphics: require('phaser-src/gameobjects/graphics/GraphicsCreator'),
      Group: require('phaser-src/gameobjects/group/GroupCreator'),
      Image: require('phaser-src/gameobjects/image/ImageCreator'),
      Layer: require('phaser-src/gameobjects/layer/LayerCreator'),
      NineSlice: require('phaser-src/gameobjects/nineslice/NineSliceCreator'),
      RenderTexture: require('phaser-src/gameobjects/rendertexture/RenderTextureCreator'),
      Sprite: require('phaser-src/gameobjects/sprite/SpriteCreator'),
      Text: require('phaser-src/gameobjects/text/TextCreator'),
      Zone: require('phaser-src/gameobjects/zone/ZoneCreator'),
    },
  },
  Geom: {
    Circle: require('phaser-src/geom/circle/Circle'),
    Ellipse: require('phaser-src/geom/ellipse/Ellipse'),
    Line: require('phaser-src/geom/line/Line'),
    Polygon: require('phaser-src/geom/polygon/Polygon'),
    Rectangle: require('phaser-src/geom/rectangle/Rectangle'),
    Triangle: require('phaser-src/geom/triangle/Triangle'),
  },
  Input: {
    Events: require('phaser-src/input/events'),
    InputManager: require('phaser-src/input/InputManager'),
    InputPlugin: require('phaser-src/input/InputPlugin'),
    InputPluginCache: require('phaser-src/input/InputPluginCache'),
    Keyboard: require('phaser-src/input/keyboard'),
    Mouse: require('phaser-src/input/mouse'),
    Pointer: require('phaser-src/input/Pointer'),
    Touch: require('phaser-src/input/touch'),
  },
  Loader: {
    Events: require('phaser-src/loader/events'),
    FileTypes: {
      ImageFile: require('phaser-src/loader/filetypes/ImageFile'),
      JSONFile: require('phaser-src/loader/filetypes/JSONFile'),
      SVGFile: require('phaser-src/loader/filetypes/SVGFile'),
      TextFile: require('phaser-src/loader/filetypes/TextFile'),
    },
    File: require('phaser-src/loader/File'),
    FileTypesManager: require('phaser-src/loader/FileTypesManager'),
    GetURL: require('phaser-src/loader/GetURL'),
    LoaderPlugin: require('phaser-src/loader/LoaderPlugin'),
    MergeXHRSettings: require('phaser-src/loader/MergeXHRSettings'),
    MultiFile: require('phaser-src/loader/MultiFile'),
    XHRLoader: require('phaser-src/loader/XHRLoader'),
    XHRSettings: require('phaser-src/loader/XHRSettings'),
  },
  Math: require('phaser-src/math'),
  Plugins: require('phaser-src/plugins'),
  // Not the whole Renderer namespace: it would pull in every shader and render node.
  Renderer: {
    Events: require('phaser-src/renderer/events'),
    Canvas: { CanvasRenderer: require('phaser-src/renderer/canvas/CanvasRenderer') },
    WebGL: { WebGLRenderer: require('phaser-src/renderer/webgl/WebGLRenderer') },
  },
  Scale: require('phaser-src/scale'),
  ScaleModes: require('phaser-src/renderer/ScaleModes'),
  Scene: require('phaser-src/scene/Scene'),
  Scenes: require('phaser-src/scene'),
  Structs: require('phaser-src/structs'),
  Textures: require('phaser-src/textures'),
  Time: require('phaser-src/time'),
  TintModes: require('phaser-src/renderer/TintModes'),
  Tweens: require('phaser-src/tweens'),
  Utils: require('phaser-src/utils'),
};

Phaser = Extend(false, Phaser, CONST);

module.exports = Phaser;
